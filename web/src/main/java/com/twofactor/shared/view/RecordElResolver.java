package com.twofactor.shared.view;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Reads record components in EL: {@code #{user.loginName}} calls {@code user.loginName()}. The
 * boundaries hand out records, and Jakarta EL 5 resolves only JavaBeans getters (EL 6 brings a
 * resolver like this one). Records are read-only.
 */
public class RecordElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return accessor.invoke(base);
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(base, property);
    }
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException(property + " of a record cannot change");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  private static Method accessor(Object base, Object property) {
    if (base instanceof Record && property instanceof String name) {
      for (RecordComponent component : base.getClass().getRecordComponents()) {
        if (component.getName().equals(name)) {
          return component.getAccessor();
        }
      }
    }
    return null;
  }
}

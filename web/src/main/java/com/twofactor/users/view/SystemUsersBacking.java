package com.twofactor.users.view;

import com.twofactor.shared.view.Messages;
import com.twofactor.shared.view.PagedRows;
import com.twofactor.users.boundary.SystemUserDetails;
import com.twofactor.users.boundary.SystemUsers;
import com.twofactor.users.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * The system users (Administrative Access) and the dialog creating one. Admins and read-only admins
 * see the list; only admins create.
 */
@Named
@ViewScoped
public class SystemUsersBacking implements Serializable {

  @Inject SystemUsers systemUsers;
  @Inject Messages messages;

  private PagedRows<SystemUserDetails> rows;
  private SystemUserForm form = new SystemUserForm();

  @PostConstruct
  void init() {
    rows = new PagedRows<>((filters, page) -> systemUsers.list(page), SystemUserDetails::loginName);
  }

  /** Creates the user; the page closes the dialog when the callback says it was created. */
  public void create() {
    messages
        .attempt(() -> systemUsers.create(form.toNewUser()))
        .ifPresent(
            created -> {
              messages.info("systemUsers.created", created.loginName());
              PrimeFaces.current().ajax().addCallbackParam("created", true);
              form = new SystemUserForm();
            });
  }

  public PagedRows<SystemUserDetails> getRows() {
    return rows;
  }

  public SystemUserForm getForm() {
    return form;
  }

  public Role[] getRoles() {
    return Role.values();
  }
}

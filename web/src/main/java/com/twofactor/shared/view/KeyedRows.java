package com.twofactor.shared.view;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;

/**
 * What every lazy PrimeFaces table of the console shares, however it reads its pages: each row told
 * from the others by a key (for selection and row events), found again among the rows on screen,
 * and the column filters as the boundaries take them.
 *
 * @param <T> the rows, as the boundary hands them out
 */
public abstract class KeyedRows<T> extends LazyDataModel<T> {

  /** The key that tells one row from the others (a login name, a group name). */
  @FunctionalInterface
  public interface RowKey<T> extends Serializable {
    String of(T row);
  }

  private final RowKey<T> rowKey;

  protected KeyedRows(RowKey<T> rowKey) {
    this.rowKey = Objects.requireNonNull(rowKey, "rowKey");
  }

  @Override
  public String getRowKey(T row) {
    return rowKey.of(row);
  }

  @Override
  public T getRowData(String key) {
    List<T> shown = getWrappedData();
    return shown == null
        ? null
        : shown.stream().filter(row -> rowKey.of(row).equals(key)).findFirst().orElse(null);
  }

  /** The non-empty column filters by column field, as the boundaries take them. */
  static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
    Map<String, String> filters = new HashMap<>();
    if (filterBy != null) {
      for (FilterMeta filter : filterBy.values()) {
        Object value = filter.getFilterValue();
        String text = value == null ? "" : value.toString().strip();
        if (filter.getField() != null && !text.isEmpty()) {
          filters.put(filter.getField(), text);
        }
      }
    }
    return filters;
  }
}

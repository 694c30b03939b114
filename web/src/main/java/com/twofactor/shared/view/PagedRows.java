package com.twofactor.shared.view;

import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table over a boundary's paged list: the table asks for the count and for the
 * one page it shows, narrowed by its column filters, and the boundary answers from the database.
 *
 * @param <T> the rows, as the boundary hands them out
 */
public class PagedRows<T> extends LazyDataModel<T> {

  /** One page of rows; {@code filters} holds the non-empty column filters by column field. */
  @FunctionalInterface
  public interface Source<T> extends Serializable {
    Page<T> read(Map<String, String> filters, PageRequest page);
  }

  /** The key that tells one row from the others (a login name, a group name). */
  @FunctionalInterface
  public interface RowKey<T> extends Serializable {
    String of(T row);
  }

  private final Source<T> source;
  private final RowKey<T> rowKey;

  public PagedRows(Source<T> source, RowKey<T> rowKey) {
    this.source = Objects.requireNonNull(source, "source");
    this.rowKey = Objects.requireNonNull(rowKey, "rowKey");
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(source.read(filters(filterBy), new PageRequest(0, 1)).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return source.read(filters(filterBy), new PageRequest(first / pageSize, pageSize)).items();
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

package com.twofactor.shared.view;

import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table over a boundary's paged list: the table asks for the count and for the
 * one page it shows, narrowed by its column filters, and the boundary answers from the database.
 *
 * @param <T> the rows, as the boundary hands them out
 */
public class PagedRows<T> extends KeyedRows<T> {

  /** One page of rows; {@code filters} holds the non-empty column filters by column field. */
  @FunctionalInterface
  public interface Source<T> extends Serializable {
    Page<T> read(Map<String, String> filters, PageRequest page);
  }

  private final Source<T> source;

  public PagedRows(Source<T> source, RowKey<T> rowKey) {
    super(rowKey);
    this.source = Objects.requireNonNull(source, "source");
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
}

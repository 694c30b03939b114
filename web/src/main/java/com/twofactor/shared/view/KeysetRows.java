package com.twofactor.shared.view;

import com.twofactor.shared.entity.Keyset;
import com.twofactor.shared.entity.PageRequest;
import com.twofactor.shared.entity.Slice;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table over a list too large for offsets (the Backup User list, 100,000 users
 * and more): each move of the paginator is read by keyset, so a page deep in the list costs what
 * the first one does. First reads from the start, Next after the last row shown, Previous before
 * the first row shown, Last from the end (as many rows as the total leaves for it). The total is
 * counted once per filter and kept until the filters change or {@link #recount()} says this view
 * changed the rows. A position no move reaches (rows per page changed deep in the list) is read by
 * offset, the one fallback.
 *
 * @param <T> the rows, as the boundary hands them out
 */
public class KeysetRows<T> extends KeyedRows<T> {

  /** The list as the boundary reads it; {@code filters} holds the non-empty column filters. */
  public interface Source<T> extends Serializable {

    long count(Map<String, String> filters);

    Slice<T> slice(Map<String, String> filters, Keyset keyset);

    /**
     * By offset, without the total (counted once per filter already): only for a position no keyset
     * move reaches.
     */
    List<T> page(Map<String, String> filters, PageRequest page);
  }

  /** The page on screen: its filters, where it starts, how it was read, the keys at its ends. */
  private record Shown(
      Map<String, String> filters,
      int first,
      int size,
      Keyset keyset,
      String firstKey,
      String lastKey)
      implements Serializable {}

  private final Source<T> source;
  private Map<String, String> countedFilters;
  private long total;
  private Shown shown;

  public KeysetRows(Source<T> source, RowKey<T> rowKey) {
    super(rowKey);
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The rows changed (a bulk change, a new row): the next count asks the database again. */
  public void recount() {
    countedFilters = null;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(totalFor(filters(filterBy)));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Map<String, String> filters = filters(filterBy);
    Optional<Keyset> keyset = keysetFor(filters, first, pageSize, totalFor(filters));
    List<T> rows =
        keyset
            .map(k -> source.slice(filters, k).items())
            .orElseGet(() -> source.page(filters, new PageRequest(first / pageSize, pageSize)));
    shown =
        rows.isEmpty()
            ? null
            : new Shown(
                filters,
                first,
                pageSize,
                keyset.orElse(null),
                getRowKey(rows.get(0)),
                getRowKey(rows.get(rows.size() - 1)));
    return rows;
  }

  private long totalFor(Map<String, String> filters) {
    if (!filters.equals(countedFilters)) {
      total = source.count(filters);
      countedFilters = filters;
    }
    return total;
  }

  /**
   * The keyset read that serves the paginator's move to {@code first}. Next and Previous are told
   * apart from a jump by where the page on screen starts; they hold only under its filters and page
   * size, since a filter change leaves its keys meaningless (and starts at the first page).
   */
  private Optional<Keyset> keysetFor(Map<String, String> filters, int first, int size, long total) {
    int lastFirst = total == 0 ? 0 : Math.toIntExact((total - 1) / size * size);
    if (first == 0) {
      return Optional.of(Keyset.first(size));
    }
    if (first == lastFirst) {
      return Optional.of(Keyset.last(Math.toIntExact(total - lastFirst)));
    }
    if (shown == null || !shown.filters().equals(filters) || shown.size() != size) {
      return Optional.empty();
    }
    if (first == shown.first()) {
      return Optional.ofNullable(shown.keyset());
    }
    if (first == shown.first() + size) {
      return Optional.of(Keyset.after(shown.lastKey(), size));
    }
    if (first == shown.first() - size) {
      return Optional.of(Keyset.before(shown.firstKey(), size));
    }
    return Optional.empty();
  }
}

package com.twofactor.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.twofactor.shared.entity.Keyset;
import com.twofactor.shared.entity.PageRequest;
import com.twofactor.shared.entity.Slice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;

/**
 * How the paginator's moves become reads: keyset for First, Next, Previous and Last, the total once
 * per filter, counted again after a filter change or a change this view made.
 */
class KeysetRowsTest {

  private static final int SIZE = 5;
  private static final Map<String, FilterMeta> NO_FILTER = Map.of();
  private static final Map<String, FilterMeta> ENABLED =
      Map.of(
          "twoFactorState",
          FilterMeta.builder().field("twoFactorState").filterValue("ENABLED").build());

  private final FakeList list = new FakeList(23);
  private final KeysetRows<String> rows = new KeysetRows<>(list, name -> name);

  @Test
  void everyPaginatorMoveIsAKeysetRead() {
    assertThat(rows.count(NO_FILTER)).isEqualTo(23);

    assertThat(show(0)).containsExactly("u01", "u02", "u03", "u04", "u05");
    assertThat(show(5)).containsExactly("u06", "u07", "u08", "u09", "u10");
    assertThat(show(10)).containsExactly("u11", "u12", "u13", "u14", "u15");
    assertThat(show(5)).containsExactly("u06", "u07", "u08", "u09", "u10");
    assertThat(show(20)).containsExactly("u21", "u22", "u23");
    assertThat(show(15)).containsExactly("u16", "u17", "u18", "u19", "u20");
    assertThat(show(0)).containsExactly("u01", "u02", "u03", "u04", "u05");

    assertThat(list.keysets)
        .containsExactly(
            Keyset.first(SIZE),
            Keyset.after("u05", SIZE),
            Keyset.after("u10", SIZE),
            Keyset.before("u11", SIZE),
            Keyset.last(3),
            Keyset.before("u21", SIZE),
            Keyset.first(SIZE));
    assertThat(list.offsetReads).isZero();
    assertThat(list.counts).isEqualTo(1);
  }

  @Test
  void theTotalIsCountedOncePerFilter() {
    rows.count(NO_FILTER);
    show(0);
    show(5);
    rows.count(NO_FILTER);
    assertThat(list.counts).isEqualTo(1);

    assertThat(rows.count(ENABLED)).isEqualTo(11);
    assertThat(rows.load(0, SIZE, Map.of(), ENABLED))
        .containsExactly("u02", "u04", "u06", "u08", "u10");
    assertThat(rows.count(ENABLED)).isEqualTo(11);
    assertThat(list.counts).isEqualTo(2);

    assertThat(rows.count(NO_FILTER)).isEqualTo(23);
    assertThat(list.counts).isEqualTo(3);
  }

  @Test
  void aChangeOfThisViewRecountsAndReadsTheSamePageAgain() {
    rows.count(NO_FILTER);
    show(0);
    show(5);
    list.names.remove("u07");

    rows.recount();
    assertThat(rows.count(NO_FILTER)).isEqualTo(22);
    assertThat(show(5)).containsExactly("u06", "u08", "u09", "u10", "u11");

    assertThat(list.counts).isEqualTo(2);
    assertThat(list.keysets).endsWith(Keyset.after("u05", SIZE), Keyset.after("u05", SIZE));
  }

  @Test
  void theLastPageHoldsWhatTheNewTotalLeavesAfterAFilterChange() {
    rows.count(NO_FILTER);
    show(0);
    assertThat(rows.count(ENABLED)).isEqualTo(11);
    assertThat(rows.load(10, SIZE, Map.of(), ENABLED)).containsExactly("u22");
    assertThat(list.keysets).endsWith(Keyset.last(1));
  }

  @Test
  void aPositionNoMoveReachesIsReadByOffset() {
    rows.count(NO_FILTER);
    show(0);
    show(5);

    List<String> shown = rows.load(10, 10, Map.of(), NO_FILTER);

    assertThat(shown)
        .containsExactly("u11", "u12", "u13", "u14", "u15", "u16", "u17", "u18", "u19", "u20");
    assertThat(list.offsetReads).isEqualTo(1);
    assertThat(list.counts).isEqualTo(1);
  }

  private List<String> show(int first) {
    List<String> page = rows.load(first, SIZE, Map.of(), NO_FILTER);
    rows.setWrappedData(page);
    return page;
  }

  /** Login names u01, u02, …; the 2FA filter lets the even ones through. */
  private static final class FakeList implements KeysetRows.Source<String> {

    final List<String> names = new ArrayList<>();
    final List<Keyset> keysets = new ArrayList<>();
    int counts;
    int offsetReads;

    FakeList(int size) {
      IntStream.rangeClosed(1, size).forEach(i -> names.add("u%02d".formatted(i)));
    }

    private List<String> matching(Map<String, String> filters) {
      return names.stream()
          .filter(
              name ->
                  !filters.containsKey("twoFactorState")
                      || Integer.parseInt(name.substring(1)) % 2 == 0)
          .toList();
    }

    @Override
    public long count(Map<String, String> filters) {
      counts++;
      return matching(filters).size();
    }

    @Override
    public Slice<String> slice(Map<String, String> filters, Keyset keyset) {
      keysets.add(keyset);
      List<String> all = matching(filters);
      if (!keyset.backwards()) {
        List<String> after =
            all.stream()
                .filter(n -> keyset.key().map(k -> n.compareTo(k) > 0).orElse(true))
                .toList();
        return new Slice<>(
            after.subList(0, Math.min(keyset.size(), after.size())), keyset.size(), null, null);
      }
      List<String> before =
          all.stream()
              .filter(n -> keyset.key().map(k -> n.compareTo(k) < 0).orElse(true))
              .sorted(Comparator.reverseOrder())
              .limit(keyset.size())
              .sorted()
              .toList();
      return new Slice<>(before, keyset.size(), null, null);
    }

    @Override
    public List<String> page(Map<String, String> filters, PageRequest page) {
      offsetReads++;
      List<String> all = matching(filters);
      int from = Math.min(page.firstResult(), all.size());
      return all.subList(from, Math.min(from + page.size(), all.size()));
    }
  }
}

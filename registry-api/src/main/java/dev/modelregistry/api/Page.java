package dev.modelregistry.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, and the opaque token that fetches the next page. The token is absent on the
 * last page; it is valid only with the same filters and sort.
 *
 * <p>A plain class rather than an Immutables type because it is generic: Jackson then reads a
 * {@code Page<T>} through a {@code TypeReference} without generated glue.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final @Nullable String nextToken;

  private Page(List<T> items, @Nullable String nextToken) {
    this.items = List.copyOf(items);
    if (nextToken != null && nextToken.isEmpty()) {
      throw new IllegalArgumentException("a next token is never empty");
    }
    this.nextToken = nextToken;
  }

  /** Returns a page with the given items and, unless this is the last page, a next token. */
  @JsonCreator
  public static <T> Page<T> of(
      @JsonProperty("Items") @Nullable List<T> items,
      @JsonProperty("NextToken") @Nullable String nextToken) {
    return new Page<>(items == null ? List.of() : items, nextToken);
  }

  /** Returns the last page holding {@code items}. */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null);
  }

  /** Returns the items of this page, in list order. */
  @JsonProperty("Items")
  public List<T> items() {
    return items;
  }

  /** Returns the token of the next page; empty on the last page. */
  public Optional<String> nextToken() {
    return Optional.ofNullable(nextToken);
  }

  /** Returns a page with the same token whose items are {@code mapper} applied to these. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), nextToken);
  }

  @JsonProperty("NextToken")
  private @Nullable String nextTokenOrNull() {
    return nextToken;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Page<?> page
        && items.equals(page.items)
        && Objects.equals(nextToken, page.nextToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, nextToken);
  }

  @Override
  public String toString() {
    return "Page{items=" + items + ", nextToken=" + nextToken + "}";
  }
}

package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The API's cursor pages: {@code limit}, {@code after}, {@code before} and {@code order}
 * applied to a list, answered as {@code {"object": "list", "data": [...], "first_id",
 * "last_id", "has_more"}}.
 */
final class Pages {

	private Pages() {
	}

	/**
	 * One page of items.
	 * @param <T> the items' type
	 * @param call the list call, whose query gives the page
	 * @param oldestFirst the items, oldest first
	 * @param id an item's id, the cursor
	 * @param json an item as JSON
	 * @param defaultOrder the order without an {@code order} parameter ({@code asc} or
	 * {@code desc})
	 * @return the page
	 */
	static <T> Map<String, @Nullable Object> page(Call call, List<T> oldestFirst, Function<T, String> id,
			Function<T, Object> json, String defaultOrder) {
		return page(call, oldestFirst, id, json, defaultOrder, 20, 100);
	}

	/**
	 * One page of items, with the limits of a listing that allows more than 100 a page
	 * (files).
	 * @param <T> the items' type
	 * @param call the list call, whose query gives the page
	 * @param oldestFirst the items, oldest first
	 * @param id an item's id, the cursor
	 * @param json an item as JSON
	 * @param defaultOrder the order without an {@code order} parameter ({@code asc} or
	 * {@code desc})
	 * @param defaultLimit the page's size without a {@code limit} parameter
	 * @param maxLimit the largest {@code limit}
	 * @return the page
	 */
	static <T> Map<String, @Nullable Object> page(Call call, List<T> oldestFirst, Function<T, String> id,
			Function<T, Object> json, String defaultOrder, int defaultLimit, int maxLimit) {
		List<T> items = new ArrayList<>(oldestFirst);
		String order = call.query("order");
		if ("desc".equals((order != null) ? order : defaultOrder)) {
			Collections.reverse(items);
		}
		String after = call.query("after");
		String before = call.query("before");
		int start = 0;
		int end = items.size();
		for (int i = 0; i < items.size(); i++) {
			String itemId = id.apply(items.get(i));
			if (itemId.equals(after)) {
				start = i + 1;
			}
			if (itemId.equals(before)) {
				end = i;
			}
		}
		List<T> window = (start < end) ? items.subList(start, end) : List.of();
		int limit = call.limit(defaultLimit, maxLimit);
		boolean hasMore = window.size() > limit;
		List<T> page = hasMore ? window.subList(0, limit) : window;
		List<Object> data = page.stream().map(json).toList();
		return JsonObjects.object("object", "list", "data", data, "first_id",
				page.isEmpty() ? null : id.apply(page.get(0)), "last_id",
				page.isEmpty() ? null : id.apply(page.get(page.size() - 1)), "has_more", hasMore);
	}

}

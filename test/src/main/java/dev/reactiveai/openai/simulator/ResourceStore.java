package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * The resources of one kind that a group keeps (completions, batches, vector stores):
 * found by id or answered with the group's own 404, listed oldest first, and paged as the
 * API pages them. It is safe to use from several threads.
 *
 * @param <T> the resources' type
 */
final class ResourceStore<T> {

	private final Map<String, T> resources = new ConcurrentHashMap<>();

	private final Function<T, String> id;

	private final Comparator<T> oldestFirst;

	private final Function<String, SimulatorResponse> notFound;

	/**
	 * A store.
	 * @param id a resource's id
	 * @param oldestFirst the order of listings, oldest first
	 * @param notFound the answer for an id no resource has, as the group's API words it
	 */
	ResourceStore(Function<T, String> id, Comparator<T> oldestFirst, Function<String, SimulatorResponse> notFound) {
		this.id = id;
		this.oldestFirst = oldestFirst;
		this.notFound = notFound;
	}

	/**
	 * Keeps a resource, in place of one with the same id.
	 * @param resource the resource
	 * @return the resource
	 */
	T put(T resource) {
		this.resources.put(this.id.apply(resource), resource);
		return resource;
	}

	/**
	 * The resource with an id, if there is one.
	 * @param id the id
	 * @return the resource, or {@code null}
	 */
	@Nullable T find(String id) {
		return this.resources.get(id);
	}

	/**
	 * The resource with an id.
	 * @param id the id
	 * @return the resource
	 * @throws SimulatorException answering 404 when there is none
	 */
	T get(String id) {
		T resource = this.resources.get(id);
		if (resource == null) {
			throw new SimulatorException(this.notFound.apply(id));
		}
		return resource;
	}

	/**
	 * Forgets the resource with an id.
	 * @param id the id
	 * @return the resource forgotten
	 * @throws SimulatorException answering 404 when there is none
	 */
	T remove(String id) {
		T resource = this.resources.remove(id);
		if (resource == null) {
			throw new SimulatorException(this.notFound.apply(id));
		}
		return resource;
	}

	/**
	 * The resources, oldest first.
	 * @return a copy
	 */
	List<T> list() {
		return list((resource) -> true);
	}

	/**
	 * The resources that match a predicate, oldest first.
	 * @param predicate the predicate
	 * @return a copy
	 */
	List<T> list(Predicate<T> predicate) {
		List<T> list = new ArrayList<>();
		for (T resource : this.resources.values()) {
			if (predicate.test(resource)) {
				list.add(resource);
			}
		}
		list.sort(this.oldestFirst);
		return list;
	}

	/**
	 * One page of the resources that match a predicate, as a list call asks for it.
	 * @param call the list call
	 * @param predicate which resources the list holds
	 * @param json a resource as JSON
	 * @param defaultOrder the order without an {@code order} parameter
	 * @return the page
	 */
	Map<String, @Nullable Object> page(Call call, Predicate<T> predicate, Function<T, Object> json,
			String defaultOrder) {
		return Pages.page(call, list(predicate), this.id, json, defaultOrder);
	}

	/**
	 * The resources in no order.
	 * @return a view
	 */
	Collection<T> values() {
		return this.resources.values();
	}

	void clear() {
		this.resources.clear();
	}

}

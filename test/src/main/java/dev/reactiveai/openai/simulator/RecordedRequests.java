package dev.reactiveai.openai.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * The requests the simulator received, oldest first. It keeps the most recent ones only,
 * up to a capacity, so that a long-running application in development mode does not grow
 * without bound.
 */
public final class RecordedRequests {

	private final int capacity;

	private final Deque<RecordedRequest> requests = new ArrayDeque<>();

	RecordedRequests(int capacity) {
		this.capacity = capacity;
	}

	synchronized void add(RecordedRequest request) {
		if (this.requests.size() == this.capacity) {
			this.requests.removeFirst();
		}
		this.requests.addLast(request);
	}

	synchronized void clear() {
		this.requests.clear();
	}

	/**
	 * All the requests kept, oldest first.
	 * @return a copy of the list
	 */
	public synchronized List<RecordedRequest> all() {
		return List.copyOf(this.requests);
	}

	/**
	 * The requests that reached an operation.
	 * @param operationId the spec's {@code operationId}, such as
	 * {@code createChatCompletion}
	 * @return the requests, oldest first
	 */
	public List<RecordedRequest> forOperation(String operationId) {
		return matching((request) -> operationId.equals(request.operationId()));
	}

	/**
	 * The requests with this path below {@code /v1}.
	 * @param path such as {@code /embeddings}
	 * @return the requests, oldest first
	 */
	public List<RecordedRequest> forPath(String path) {
		return matching((request) -> request.path().equals(path));
	}

	/**
	 * The requests that match a predicate.
	 * @param predicate the predicate
	 * @return the requests, oldest first
	 */
	public synchronized List<RecordedRequest> matching(Predicate<RecordedRequest> predicate) {
		List<RecordedRequest> matches = new ArrayList<>();
		for (RecordedRequest request : this.requests) {
			if (predicate.test(request)) {
				matches.add(request);
			}
		}
		return matches;
	}

	/**
	 * The most recent request.
	 * @return the request, or {@code null} when none was received
	 */
	public synchronized @Nullable RecordedRequest last() {
		return this.requests.peekLast();
	}

	/**
	 * The number of requests kept.
	 * @return the count
	 */
	public synchronized int count() {
		return this.requests.size();
	}

}

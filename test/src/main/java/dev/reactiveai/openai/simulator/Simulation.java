package dev.reactiveai.openai.simulator;

import java.time.Clock;
import java.util.Comparator;
import java.util.function.Function;

import reactor.core.publisher.Mono;

/**
 * What the resource handlers share: identifiers, the script, the clock, the stored files
 * and vector stores, and a way to call the simulator's own operations (a batch runs its
 * lines so).
 */
final class Simulation {

	private final Ids ids = new Ids();

	private final Script script;

	private final Clock clock;

	private final FileStore files = new FileStore();

	private final ResourceStore<VectorStore> vectorStores = new ResourceStore<>(VectorStore::id,
			Comparator.comparingLong(VectorStore::createdAt).thenComparing(VectorStore::id),
			(id) -> SimulatorResponse.notFound("vector store", id));

	private final Function<RecordedRequest, Mono<SimulatorResponse>> dispatcher;

	Simulation(Script script, Clock clock, Function<RecordedRequest, Mono<SimulatorResponse>> dispatcher) {
		this.script = script;
		this.clock = clock;
		this.dispatcher = dispatcher;
	}

	Ids ids() {
		return this.ids;
	}

	Script script() {
		return this.script;
	}

	FileStore files() {
		return this.files;
	}

	/**
	 * The vector stores, which their groups and the {@code file_search} tool of responses
	 * share.
	 * @return the vector stores
	 */
	ResourceStore<VectorStore> vectorStores() {
		return this.vectorStores;
	}

	/**
	 * The time now, in seconds since the epoch, as the API's {@code created} fields.
	 * @return the time
	 */
	long now() {
		return this.clock.instant().getEpochSecond();
	}

	/**
	 * Answers a request as the simulator would, without recording it and without faults.
	 * @param request the request
	 * @return the answer
	 */
	Mono<SimulatorResponse> dispatch(RecordedRequest request) {
		return this.dispatcher.apply(request);
	}

	void reset() {
		this.ids.reset();
		this.files.clear();
		this.vectorStores.clear();
	}

}

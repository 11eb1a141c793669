package dev.reactiveai.openai.models;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The models that the API offers: list, retrieve, and delete fine-tuned ones.
 */
public final class ModelsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse;

	public ModelsService(OpenAiTransport transport) {
		this.transport = transport;
		this.withRawResponse = new WithRawResponse();
	}

	/** This service with the given per-call settings. */
	public ModelsService withOptions(RequestOptions options) {
		return new ModelsService(this.transport.withOptions(options));
	}

	/** The same operations, answering with status, headers and body. */
	public WithRawResponse withRawResponse() {
		return this.withRawResponse;
	}

	/** Lists the models available to the key. */
	public Flux<Model> list() {
		return this.withRawResponse.list().flatMapIterable((response) -> response.body().data());
	}

	/**
	 * Retrieves a model.
	 * @param model the model identifier
	 * @return the model
	 */
	public Mono<Model> retrieve(String model) {
		return this.withRawResponse.retrieve(model).map(ApiResponse::body);
	}

	/**
	 * Deletes a fine-tuned model; the key's organization must own it.
	 * @param model the model identifier
	 * @return the deletion status
	 */
	public Mono<ModelDeleted> delete(String model) {
		return this.withRawResponse.delete(model).map(ApiResponse::body);
	}

	/**
	 * The models operations, answering with status, headers and body.
	 */
	public final class WithRawResponse {

		private WithRawResponse() {
		}

		public Mono<ApiResponse<Page<Model>>> list() {
			return ModelsService.this.transport.exchangePage(ApiRequest.get("/models").build(), Model.class);
		}

		public Mono<ApiResponse<Model>> retrieve(String model) {
			return ModelsService.this.transport.exchange(ApiRequest.get("/models/{model}", model).build(), Model.class);
		}

		public Mono<ApiResponse<ModelDeleted>> delete(String model) {
			return ModelsService.this.transport.exchange(ApiRequest.delete("/models/{model}", model).build(),
					ModelDeleted.class);
		}

	}

}

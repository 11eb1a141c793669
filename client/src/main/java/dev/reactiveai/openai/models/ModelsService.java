// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.models;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.DeleteModelResponse;
import dev.reactiveai.openai.types.ListModelsResponse;
import dev.reactiveai.openai.types.Model;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /models} operations of the OpenAI API.
 */
public final class ModelsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ModelsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ModelsService withOptions(RequestOptions options) {
		return new ModelsService(this.transport.withOptions(options));
	}

	/**
	 * Lists the currently available models, and provides basic information about each one
	 * such as the owner and availability. The whole list, as the API answers.
	 * @return the {@link ListModelsResponse} the API answers with
	 */
	public Mono<ListModelsResponse> listPage() {
		return this.withRawResponse.list().map(ApiResponse::body);
	}

	/**
	 * Lists the currently available models, and provides basic information about each one
	 * such as the owner and availability.
	 * @return every {@link Model} of the list
	 */
	public Flux<Model> list() {
		return listPage().flatMapIterable((page) -> page.data());
	}

	/**
	 * Retrieves a model instance, providing basic information about the model such as the
	 * owner and permissioning.
	 * @param model the ID of the model to use for this request
	 * @return the {@link Model} the API answers with
	 */
	public Mono<Model> retrieve(String model) {
		return this.withRawResponse.retrieve(model).map(ApiResponse::body);
	}

	/**
	 * Delete a fine-tuned model. You must have the Owner role in your organization to
	 * delete a model.
	 * @param model the model to delete
	 * @return the {@link DeleteModelResponse} the API answers with
	 */
	public Mono<DeleteModelResponse> delete(String model) {
		return this.withRawResponse.delete(model).map(ApiResponse::body);
	}

	/**
	 * The same operations, answering with status, headers and body.
	 * @return the view
	 */
	public WithRawResponse withRawResponse() {
		return this.withRawResponse;
	}

	/**
	 * The operations that answer with JSON, answering with status, headers and body.
	 */
	public final class WithRawResponse {

		private WithRawResponse() {
		}

		/**
		 * Lists the currently available models, and provides basic information about each
		 * one such as the owner and availability.
		 * @return the status, the headers and the {@link ListModelsResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<ListModelsResponse>> list() {
			return ModelsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/models").operation("listModels").build(), ListModelsResponse.class);
		}

		/**
		 * Retrieves a model instance, providing basic information about the model such as
		 * the owner and permissioning.
		 * @param model the ID of the model to use for this request
		 * @return the status, the headers and the {@link Model} the API answers with
		 */
		public Mono<ApiResponse<Model>> retrieve(String model) {
			return ModelsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/models/{model}", model).operation("retrieveModel").build(),
					Model.class);
		}

		/**
		 * Delete a fine-tuned model. You must have the Owner role in your organization to
		 * delete a model.
		 * @param model the model to delete
		 * @return the status, the headers and the {@link DeleteModelResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<DeleteModelResponse>> delete(String model) {
			return ModelsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.DELETE, "/models/{model}", model).operation("deleteModel").build(),
					DeleteModelResponse.class);
		}

	}

}

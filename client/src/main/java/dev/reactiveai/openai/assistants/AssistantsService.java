// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.assistants;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.Assistant;
import dev.reactiveai.openai.types.AssistantsListParams;
import dev.reactiveai.openai.types.CreateAssistantRequest;
import dev.reactiveai.openai.types.DeleteAssistantResponse;
import dev.reactiveai.openai.types.ListAssistantsResponse;
import dev.reactiveai.openai.types.ModifyAssistantRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /assistants} operations of the OpenAI API.
 */
public final class AssistantsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public AssistantsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public AssistantsService withOptions(RequestOptions options) {
		return new AssistantsService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of assistants. One page.
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}), all optional
	 * @return one page of the list: the {@link ListAssistantsResponse} the API answers
	 * with
	 */
	public Mono<ListAssistantsResponse> listPage(AssistantsListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of assistants. Pages are fetched as the items are consumed.
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}), all optional
	 * @return every {@link Assistant} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Assistant> list(AssistantsListParams params) {
		return Pagination.items("GET /assistants", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of assistants. With default query parameters.
	 * @return every {@link Assistant} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Assistant> list() {
		return list(AssistantsListParams.builder().build());
	}

	/**
	 * Create an assistant with a model and instructions.
	 * @param request the {@link CreateAssistantRequest} describing what to create
	 * @return the {@link Assistant} the API answers with
	 */
	public Mono<Assistant> create(CreateAssistantRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Retrieves an assistant.
	 * @param assistantId the ID of the assistant to retrieve
	 * @return the {@link Assistant} the API answers with
	 */
	public Mono<Assistant> retrieve(String assistantId) {
		return this.withRawResponse.retrieve(assistantId).map(ApiResponse::body);
	}

	/**
	 * Modifies an assistant.
	 * @param assistantId the ID of the assistant to modify
	 * @param request the {@link ModifyAssistantRequest} with the changes to make
	 * @return the {@link Assistant} the API answers with
	 */
	public Mono<Assistant> update(String assistantId, ModifyAssistantRequest request) {
		return this.withRawResponse.update(assistantId, request).map(ApiResponse::body);
	}

	/**
	 * Delete an assistant.
	 * @param assistantId the ID of the assistant to delete
	 * @return the {@link DeleteAssistantResponse} the API answers with
	 */
	public Mono<DeleteAssistantResponse> delete(String assistantId) {
		return this.withRawResponse.delete(assistantId).map(ApiResponse::body);
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
		 * Returns a list of assistants.
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}, {@code before}), all optional
		 * @return the status, the headers and the {@link ListAssistantsResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<ListAssistantsResponse>> list(AssistantsListParams params) {
			return AssistantsService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/assistants")
				.operation("listAssistants")
				.header("OpenAI-Beta", "assistants=v2")
				.query("limit", params.limit())
				.query("order", params.order())
				.query("after", params.after())
				.query("before", params.before())
				.build(), ListAssistantsResponse.class);
		}

		/**
		 * Create an assistant with a model and instructions.
		 * @param request the {@link CreateAssistantRequest} describing what to create
		 * @return the status, the headers and the {@link Assistant} the API answers with
		 */
		public Mono<ApiResponse<Assistant>> create(CreateAssistantRequest request) {
			return AssistantsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/assistants")
				.operation("createAssistant")
				.header("OpenAI-Beta", "assistants=v2")
				.json(request)
				.build(), Assistant.class);
		}

		/**
		 * Retrieves an assistant.
		 * @param assistantId the ID of the assistant to retrieve
		 * @return the status, the headers and the {@link Assistant} the API answers with
		 */
		public Mono<ApiResponse<Assistant>> retrieve(String assistantId) {
			return AssistantsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/assistants/{assistant_id}", assistantId)
					.operation("getAssistant")
					.header("OpenAI-Beta", "assistants=v2")
					.build(), Assistant.class);
		}

		/**
		 * Modifies an assistant.
		 * @param assistantId the ID of the assistant to modify
		 * @param request the {@link ModifyAssistantRequest} with the changes to make
		 * @return the status, the headers and the {@link Assistant} the API answers with
		 */
		public Mono<ApiResponse<Assistant>> update(String assistantId, ModifyAssistantRequest request) {
			return AssistantsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/assistants/{assistant_id}", assistantId)
					.operation("modifyAssistant")
					.header("OpenAI-Beta", "assistants=v2")
					.json(request)
					.build(), Assistant.class);
		}

		/**
		 * Delete an assistant.
		 * @param assistantId the ID of the assistant to delete
		 * @return the status, the headers and the {@link DeleteAssistantResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<DeleteAssistantResponse>> delete(String assistantId) {
			return AssistantsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/assistants/{assistant_id}", assistantId)
					.operation("deleteAssistant")
					.header("OpenAI-Beta", "assistants=v2")
					.build(), DeleteAssistantResponse.class);
		}

	}

}

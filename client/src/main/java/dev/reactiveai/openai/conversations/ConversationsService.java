// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.conversations;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.ConversationResource;
import dev.reactiveai.openai.types.CreateConversationBody;
import dev.reactiveai.openai.types.DeletedConversationResource;
import dev.reactiveai.openai.types.UpdateConversationBody;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /conversations} operations of the OpenAI API.
 */
public final class ConversationsService {

	private final OpenAiTransport transport;

	private final ConversationsItemsService items;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ConversationsService(OpenAiTransport transport) {
		this.transport = transport;
		this.items = new ConversationsItemsService(transport);
	}

	/**
	 * The {@code /conversations/{conversation_id}/items} operations.
	 * @return their service
	 */
	public ConversationsItemsService items() {
		return this.items;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ConversationsService withOptions(RequestOptions options) {
		return new ConversationsService(this.transport.withOptions(options));
	}

	/**
	 * Create a conversation.
	 * @param request the {@link CreateConversationBody} describing what to create
	 * @return the {@link ConversationResource} the API answers with
	 */
	public Mono<ConversationResource> create(CreateConversationBody request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Get a conversation
	 * @param conversationId the ID of the conversation to retrieve
	 * @return the {@link ConversationResource} the API answers with
	 */
	public Mono<ConversationResource> retrieve(String conversationId) {
		return this.withRawResponse.retrieve(conversationId).map(ApiResponse::body);
	}

	/**
	 * Update a conversation
	 * @param conversationId the ID of the conversation to update
	 * @param request the {@link UpdateConversationBody} with the changes to make
	 * @return the {@link ConversationResource} the API answers with
	 */
	public Mono<ConversationResource> update(String conversationId, UpdateConversationBody request) {
		return this.withRawResponse.update(conversationId, request).map(ApiResponse::body);
	}

	/**
	 * Delete a conversation. Items in the conversation will not be deleted.
	 * @param conversationId the ID of the conversation to delete
	 * @return the {@link DeletedConversationResource} the API answers with
	 */
	public Mono<DeletedConversationResource> delete(String conversationId) {
		return this.withRawResponse.delete(conversationId).map(ApiResponse::body);
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
		 * Create a conversation.
		 * @param request the {@link CreateConversationBody} describing what to create
		 * @return the status, the headers and the {@link ConversationResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<ConversationResource>> create(CreateConversationBody request) {
			return ConversationsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/conversations")
				.operation("createConversation")
				.json(request)
				.build(), ConversationResource.class);
		}

		/**
		 * Get a conversation
		 * @param conversationId the ID of the conversation to retrieve
		 * @return the status, the headers and the {@link ConversationResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<ConversationResource>> retrieve(String conversationId) {
			return ConversationsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/conversations/{conversation_id}", conversationId)
					.operation("getConversation")
					.build(), ConversationResource.class);
		}

		/**
		 * Update a conversation
		 * @param conversationId the ID of the conversation to update
		 * @param request the {@link UpdateConversationBody} with the changes to make
		 * @return the status, the headers and the {@link ConversationResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<ConversationResource>> update(String conversationId, UpdateConversationBody request) {
			return ConversationsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/conversations/{conversation_id}", conversationId)
					.operation("updateConversation")
					.json(request)
					.build(), ConversationResource.class);
		}

		/**
		 * Delete a conversation. Items in the conversation will not be deleted.
		 * @param conversationId the ID of the conversation to delete
		 * @return the status, the headers and the {@link DeletedConversationResource} the
		 * API answers with
		 */
		public Mono<ApiResponse<DeletedConversationResource>> delete(String conversationId) {
			return ConversationsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/conversations/{conversation_id}", conversationId)
					.operation("deleteConversation")
					.build(), DeletedConversationResource.class);
		}

	}

}

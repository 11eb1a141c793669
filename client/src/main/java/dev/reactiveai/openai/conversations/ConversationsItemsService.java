// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.conversations;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.ConversationItem;
import dev.reactiveai.openai.types.ConversationItemList;
import dev.reactiveai.openai.types.ConversationResource;
import dev.reactiveai.openai.types.ConversationsItemsCreateParams;
import dev.reactiveai.openai.types.ConversationsItemsCreateRequest;
import dev.reactiveai.openai.types.ConversationsItemsListParams;
import dev.reactiveai.openai.types.ConversationsItemsRetrieveParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /conversations/{conversation_id}/items} operations of the OpenAI API.
 */
public final class ConversationsItemsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ConversationsItemsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ConversationsItemsService withOptions(RequestOptions options) {
		return new ConversationsItemsService(this.transport.withOptions(options));
	}

	/**
	 * List all items for a conversation with the given ID. One page.
	 * @param conversationId the ID of the conversation to list items for
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code include}), all optional
	 * @return one page of the list: the {@link ConversationItemList} the API answers with
	 */
	public Mono<ConversationItemList> listPage(String conversationId, ConversationsItemsListParams params) {
		return this.withRawResponse.list(conversationId, params).map(ApiResponse::body);
	}

	/**
	 * List all items for a conversation with the given ID. Pages are fetched as the items
	 * are consumed.
	 * @param conversationId the ID of the conversation to list items for
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code include}), all optional
	 * @return every {@link ConversationItem} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<ConversationItem> list(String conversationId, ConversationsItemsListParams params) {
		return Pagination.items("GET /conversations/{conversation_id}/items", params.after(), (cursor) -> listPage(
				conversationId, params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List all items for a conversation with the given ID. With default query parameters.
	 * @param conversationId the ID of the conversation to list items for
	 * @return every {@link ConversationItem} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<ConversationItem> list(String conversationId) {
		return list(conversationId, ConversationsItemsListParams.builder().build());
	}

	/**
	 * Create items in a conversation with the given ID.
	 * @param conversationId the ID of the conversation to add the item to
	 * @param request the {@link ConversationsItemsCreateRequest} describing what to
	 * create
	 * @param params the query parameters ({@code include}), all optional
	 * @return the {@link ConversationItemList} the API answers with
	 */
	public Mono<ConversationItemList> create(String conversationId, ConversationsItemsCreateRequest request,
			ConversationsItemsCreateParams params) {
		return this.withRawResponse.create(conversationId, request, params).map(ApiResponse::body);
	}

	/**
	 * Create items in a conversation with the given ID. With default query parameters.
	 * @param conversationId the ID of the conversation to add the item to
	 * @param request the {@link ConversationsItemsCreateRequest} describing what to
	 * create
	 * @return the {@link ConversationItemList} the API answers with
	 */
	public Mono<ConversationItemList> create(String conversationId, ConversationsItemsCreateRequest request) {
		return create(conversationId, request, ConversationsItemsCreateParams.builder().build());
	}

	/**
	 * Get a single item from a conversation with the given IDs.
	 * @param conversationId the ID of the conversation that contains the item
	 * @param itemId the ID of the item to retrieve
	 * @param params the query parameters ({@code include}), all optional
	 * @return the {@link ConversationItem} the API answers with
	 */
	public Mono<ConversationItem> retrieve(String conversationId, String itemId,
			ConversationsItemsRetrieveParams params) {
		return this.withRawResponse.retrieve(conversationId, itemId, params).map(ApiResponse::body);
	}

	/**
	 * Get a single item from a conversation with the given IDs. With default query
	 * parameters.
	 * @param conversationId the ID of the conversation that contains the item
	 * @param itemId the ID of the item to retrieve
	 * @return the {@link ConversationItem} the API answers with
	 */
	public Mono<ConversationItem> retrieve(String conversationId, String itemId) {
		return retrieve(conversationId, itemId, ConversationsItemsRetrieveParams.builder().build());
	}

	/**
	 * Delete an item from a conversation with the given IDs.
	 * @param conversationId the ID of the conversation that contains the item
	 * @param itemId the ID of the item to delete
	 * @return the {@link ConversationResource} the API answers with
	 */
	public Mono<ConversationResource> delete(String conversationId, String itemId) {
		return this.withRawResponse.delete(conversationId, itemId).map(ApiResponse::body);
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
		 * List all items for a conversation with the given ID.
		 * @param conversationId the ID of the conversation to list items for
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}, {@code include}), all optional
		 * @return the status, the headers and the {@link ConversationItemList} the API
		 * answers with
		 */
		public Mono<ApiResponse<ConversationItemList>> list(String conversationId,
				ConversationsItemsListParams params) {
			return ConversationsItemsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/conversations/{conversation_id}/items", conversationId)
					.operation("listConversationItems")
					.query("limit", params.limit())
					.query("order", params.order())
					.query("after", params.after())
					.query("include", params.include())
					.build(), ConversationItemList.class);
		}

		/**
		 * Create items in a conversation with the given ID.
		 * @param conversationId the ID of the conversation to add the item to
		 * @param request the {@link ConversationsItemsCreateRequest} describing what to
		 * create
		 * @param params the query parameters ({@code include}), all optional
		 * @return the status, the headers and the {@link ConversationItemList} the API
		 * answers with
		 */
		public Mono<ApiResponse<ConversationItemList>> create(String conversationId,
				ConversationsItemsCreateRequest request, ConversationsItemsCreateParams params) {
			return ConversationsItemsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/conversations/{conversation_id}/items", conversationId)
					.operation("createConversationItems")
					.query("include", params.include())
					.json(request)
					.build(), ConversationItemList.class);
		}

		/**
		 * Get a single item from a conversation with the given IDs.
		 * @param conversationId the ID of the conversation that contains the item
		 * @param itemId the ID of the item to retrieve
		 * @param params the query parameters ({@code include}), all optional
		 * @return the status, the headers and the {@link ConversationItem} the API
		 * answers with
		 */
		public Mono<ApiResponse<ConversationItem>> retrieve(String conversationId, String itemId,
				ConversationsItemsRetrieveParams params) {
			return ConversationsItemsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.GET, "/conversations/{conversation_id}/items/{item_id}", conversationId, itemId)
				.operation("getConversationItem")
				.query("include", params.include())
				.build(), ConversationItem.class);
		}

		/**
		 * Delete an item from a conversation with the given IDs.
		 * @param conversationId the ID of the conversation that contains the item
		 * @param itemId the ID of the item to delete
		 * @return the status, the headers and the {@link ConversationResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<ConversationResource>> delete(String conversationId, String itemId) {
			return ConversationsItemsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.DELETE, "/conversations/{conversation_id}/items/{item_id}", conversationId, itemId)
				.operation("deleteConversationItem")
				.build(), ConversationResource.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.containers;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.Container;
import dev.reactiveai.openai.types.ContainerListResource;
import dev.reactiveai.openai.types.ContainersListParams;
import dev.reactiveai.openai.types.CreateContainerBody;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /containers} operations of the OpenAI API.
 */
public final class ContainersService {

	private final OpenAiTransport transport;

	private final ContainersFilesService files;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ContainersService(OpenAiTransport transport) {
		this.transport = transport;
		this.files = new ContainersFilesService(transport);
	}

	/**
	 * The {@code /containers/{container_id}/files} operations.
	 * @return their service
	 */
	public ContainersFilesService files() {
		return this.files;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ContainersService withOptions(RequestOptions options) {
		return new ContainersService(this.transport.withOptions(options));
	}

	/**
	 * List Containers One page.
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code name}), all optional
	 * @return one page of the list: the {@link ContainerListResource} the API answers
	 * with
	 */
	public Mono<ContainerListResource> listPage(ContainersListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List Containers Pages are fetched as the items are consumed.
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code name}), all optional
	 * @return every {@link Container} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Container> list(ContainersListParams params) {
		return Pagination.items("GET /containers", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List Containers With default query parameters.
	 * @return every {@link Container} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Container> list() {
		return list(ContainersListParams.builder().build());
	}

	/**
	 * Create Container
	 * @param request the {@link CreateContainerBody} describing what to create
	 * @return the {@link Container} the API answers with
	 */
	public Mono<Container> create(CreateContainerBody request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Retrieve Container
	 * @param containerId the ID of the container
	 * @return the {@link Container} the API answers with
	 */
	public Mono<Container> retrieve(String containerId) {
		return this.withRawResponse.retrieve(containerId).map(ApiResponse::body);
	}

	/**
	 * Delete Container
	 * @param containerId the ID of the container to delete
	 * @return completes empty once the API has answered
	 */
	public Mono<Void> delete(String containerId) {
		return this.transport
			.exchangeWithoutBody(ApiRequest.of(HttpMethod.DELETE, "/containers/{container_id}", containerId)
				.operation("DeleteContainer")
				.build())
			.then();
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
		 * List Containers
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}, {@code name}), all optional
		 * @return the status, the headers and the {@link ContainerListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<ContainerListResource>> list(ContainersListParams params) {
			return ContainersService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/containers")
				.operation("ListContainers")
				.query("limit", params.limit())
				.query("order", params.order())
				.query("after", params.after())
				.query("name", params.name())
				.build(), ContainerListResource.class);
		}

		/**
		 * Create Container
		 * @param request the {@link CreateContainerBody} describing what to create
		 * @return the status, the headers and the {@link Container} the API answers with
		 */
		public Mono<ApiResponse<Container>> create(CreateContainerBody request) {
			return ContainersService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/containers").operation("CreateContainer").json(request).build(),
					Container.class);
		}

		/**
		 * Retrieve Container
		 * @param containerId the ID of the container
		 * @return the status, the headers and the {@link Container} the API answers with
		 */
		public Mono<ApiResponse<Container>> retrieve(String containerId) {
			return ContainersService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/containers/{container_id}", containerId)
					.operation("RetrieveContainer")
					.build(), Container.class);
		}

	}

}

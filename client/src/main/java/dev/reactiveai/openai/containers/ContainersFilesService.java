// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.containers;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.ContainerFile;
import dev.reactiveai.openai.types.ContainerFileListResource;
import dev.reactiveai.openai.types.ContainersFilesListParams;
import dev.reactiveai.openai.types.CreateContainerFileBody;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /containers/{container_id}/files} operations of the OpenAI API.
 */
public final class ContainersFilesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ContainersFilesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ContainersFilesService withOptions(RequestOptions options) {
		return new ContainersFilesService(this.transport.withOptions(options));
	}

	/**
	 * List Container files One page.
	 * @param containerId the ID of the container
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after}),
	 * all optional
	 * @return one page of the list: the {@link ContainerFileListResource} the API answers
	 * with
	 */
	public Mono<ContainerFileListResource> listPage(String containerId, ContainersFilesListParams params) {
		return this.withRawResponse.list(containerId, params).map(ApiResponse::body);
	}

	/**
	 * List Container files Pages are fetched as the items are consumed.
	 * @param containerId the ID of the container
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after}),
	 * all optional
	 * @return every {@link ContainerFile} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<ContainerFile> list(String containerId, ContainersFilesListParams params) {
		return Pagination.items("GET /containers/{container_id}/files", params.after(), (cursor) -> listPage(
				containerId, params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List Container files With default query parameters.
	 * @param containerId the ID of the container
	 * @return every {@link ContainerFile} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<ContainerFile> list(String containerId) {
		return list(containerId, ContainersFilesListParams.builder().build());
	}

	/**
	 * Create a Container File
	 * <p>
	 * You can send either a multipart/form-data request with the raw file content, or a
	 * JSON request with a file ID.
	 * @param containerId the ID of the container
	 * @param request the {@link CreateContainerFileBody} describing what to create
	 * @return the {@link ContainerFile} the API answers with
	 */
	public Mono<ContainerFile> create(String containerId, CreateContainerFileBody request) {
		return this.withRawResponse.create(containerId, request).map(ApiResponse::body);
	}

	/**
	 * Retrieve Container File
	 * @param containerId the ID of the container
	 * @param fileId the ID of the file
	 * @return the {@link ContainerFile} the API answers with
	 */
	public Mono<ContainerFile> retrieve(String containerId, String fileId) {
		return this.withRawResponse.retrieve(containerId, fileId).map(ApiResponse::body);
	}

	/**
	 * Delete Container File
	 * @param containerId the ID of the container
	 * @param fileId the ID of the file
	 * @return completes empty once the API has answered
	 */
	public Mono<Void> delete(String containerId, String fileId) {
		return this.transport
			.exchangeWithoutBody(
					ApiRequest.of(HttpMethod.DELETE, "/containers/{container_id}/files/{file_id}", containerId, fileId)
						.operation("DeleteContainerFile")
						.build())
			.then();
	}

	/**
	 * Retrieve Container File Content
	 * @param containerId the ID of the container
	 * @param fileId the ID of the file
	 * @return completes empty once the API has answered
	 */
	public Mono<Void> content(String containerId, String fileId) {
		return this.transport
			.exchangeWithoutBody(ApiRequest
				.of(HttpMethod.GET, "/containers/{container_id}/files/{file_id}/content", containerId, fileId)
				.operation("RetrieveContainerFileContent")
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
		 * List Container files
		 * @param containerId the ID of the container
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}), all optional
		 * @return the status, the headers and the {@link ContainerFileListResource} the
		 * API answers with
		 */
		public Mono<ApiResponse<ContainerFileListResource>> list(String containerId, ContainersFilesListParams params) {
			return ContainersFilesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/containers/{container_id}/files", containerId)
					.operation("ListContainerFiles")
					.query("limit", params.limit())
					.query("order", params.order())
					.query("after", params.after())
					.build(), ContainerFileListResource.class);
		}

		/**
		 * Create a Container File
		 * <p>
		 * You can send either a multipart/form-data request with the raw file content, or
		 * a JSON request with a file ID.
		 * @param containerId the ID of the container
		 * @param request the {@link CreateContainerFileBody} describing what to create
		 * @return the status, the headers and the {@link ContainerFile} the API answers
		 * with
		 */
		public Mono<ApiResponse<ContainerFile>> create(String containerId, CreateContainerFileBody request) {
			return ContainersFilesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/containers/{container_id}/files", containerId)
					.operation("CreateContainerFile")
					.json(request)
					.build(), ContainerFile.class);
		}

		/**
		 * Retrieve Container File
		 * @param containerId the ID of the container
		 * @param fileId the ID of the file
		 * @return the status, the headers and the {@link ContainerFile} the API answers
		 * with
		 */
		public Mono<ApiResponse<ContainerFile>> retrieve(String containerId, String fileId) {
			return ContainersFilesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/containers/{container_id}/files/{file_id}", containerId, fileId)
						.operation("RetrieveContainerFile")
						.build(),
					ContainerFile.class);
		}

	}

}

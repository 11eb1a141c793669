// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.finetuning;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.CreateFineTuningCheckpointPermissionRequest;
import dev.reactiveai.openai.types.DeleteFineTuningCheckpointPermissionResponse;
import dev.reactiveai.openai.types.FineTuningCheckpointPermission;
import dev.reactiveai.openai.types.FineTuningCheckpointsPermissionsListParams;
import dev.reactiveai.openai.types.ListFineTuningCheckpointPermissionResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions}
 * operations of the OpenAI API.
 */
public final class FineTuningCheckpointsPermissionsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FineTuningCheckpointsPermissionsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public FineTuningCheckpointsPermissionsService withOptions(RequestOptions options) {
		return new FineTuningCheckpointsPermissionsService(this.transport.withOptions(options));
	}

	/**
	 * <strong>NOTE:</strong> This endpoint requires an <a href="../admin-api-keys">admin
	 * API key</a>.
	 * <p>
	 * Organization owners can use this endpoint to view all permissions for a fine-tuned
	 * model checkpoint.
	 * <p>
	 * One page.
	 * @param fineTunedModelCheckpoint the ID of the fine-tuned model checkpoint to get
	 * permissions for
	 * @param params the query parameters ({@code project_id}, {@code after},
	 * {@code limit}, {@code order}), all optional
	 * @return one page of the list: the
	 * {@link ListFineTuningCheckpointPermissionResponse} the API answers with
	 */
	public Mono<ListFineTuningCheckpointPermissionResponse> listPage(String fineTunedModelCheckpoint,
			FineTuningCheckpointsPermissionsListParams params) {
		return this.withRawResponse.list(fineTunedModelCheckpoint, params).map(ApiResponse::body);
	}

	/**
	 * <strong>NOTE:</strong> This endpoint requires an <a href="../admin-api-keys">admin
	 * API key</a>.
	 * <p>
	 * Organization owners can use this endpoint to view all permissions for a fine-tuned
	 * model checkpoint.
	 * <p>
	 * Pages are fetched as the items are consumed.
	 * @param fineTunedModelCheckpoint the ID of the fine-tuned model checkpoint to get
	 * permissions for
	 * @param params the query parameters ({@code project_id}, {@code after},
	 * {@code limit}, {@code order}), all optional
	 * @return every {@link FineTuningCheckpointPermission} of the list, its pages fetched
	 * as the items are consumed
	 */
	public Flux<FineTuningCheckpointPermission> list(String fineTunedModelCheckpoint,
			FineTuningCheckpointsPermissionsListParams params) {
		return Pagination.items("GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
				params.after(),
				(cursor) -> listPage(fineTunedModelCheckpoint, params.toBuilder().after(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(),
							page.lastId())));
	}

	/**
	 * <strong>NOTE:</strong> This endpoint requires an <a href="../admin-api-keys">admin
	 * API key</a>.
	 * <p>
	 * Organization owners can use this endpoint to view all permissions for a fine-tuned
	 * model checkpoint.
	 * <p>
	 * With default query parameters.
	 * @param fineTunedModelCheckpoint the ID of the fine-tuned model checkpoint to get
	 * permissions for
	 * @return every {@link FineTuningCheckpointPermission} of the list, its pages fetched
	 * as the items are consumed
	 */
	public Flux<FineTuningCheckpointPermission> list(String fineTunedModelCheckpoint) {
		return list(fineTunedModelCheckpoint, FineTuningCheckpointsPermissionsListParams.builder().build());
	}

	/**
	 * <strong>NOTE:</strong> Calling this endpoint requires an
	 * <a href="../admin-api-keys">admin API key</a>.
	 * <p>
	 * This enables organization owners to share fine-tuned models with other projects in
	 * their organization.
	 * @param fineTunedModelCheckpoint the ID of the fine-tuned model checkpoint to create
	 * a permission for
	 * @param request the {@link CreateFineTuningCheckpointPermissionRequest} describing
	 * what to create
	 * @return the {@link ListFineTuningCheckpointPermissionResponse} the API answers with
	 */
	public Mono<ListFineTuningCheckpointPermissionResponse> create(String fineTunedModelCheckpoint,
			CreateFineTuningCheckpointPermissionRequest request) {
		return this.withRawResponse.create(fineTunedModelCheckpoint, request).map(ApiResponse::body);
	}

	/**
	 * <strong>NOTE:</strong> This endpoint requires an <a href="../admin-api-keys">admin
	 * API key</a>.
	 * <p>
	 * Organization owners can use this endpoint to delete a permission for a fine-tuned
	 * model checkpoint.
	 * @param fineTunedModelCheckpoint the ID of the fine-tuned model checkpoint to delete
	 * a permission for
	 * @param permissionId the ID of the fine-tuned model checkpoint permission to delete
	 * @return the {@link DeleteFineTuningCheckpointPermissionResponse} the API answers
	 * with
	 */
	public Mono<DeleteFineTuningCheckpointPermissionResponse> delete(String fineTunedModelCheckpoint,
			String permissionId) {
		return this.withRawResponse.delete(fineTunedModelCheckpoint, permissionId).map(ApiResponse::body);
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
		 * <strong>NOTE:</strong> This endpoint requires an
		 * <a href="../admin-api-keys">admin API key</a>.
		 * <p>
		 * Organization owners can use this endpoint to view all permissions for a
		 * fine-tuned model checkpoint.
		 * @param fineTunedModelCheckpoint the ID of the fine-tuned model checkpoint to
		 * get permissions for
		 * @param params the query parameters ({@code project_id}, {@code after},
		 * {@code limit}, {@code order}), all optional
		 * @return the status, the headers and the
		 * {@link ListFineTuningCheckpointPermissionResponse} the API answers with
		 */
		public Mono<ApiResponse<ListFineTuningCheckpointPermissionResponse>> list(String fineTunedModelCheckpoint,
				FineTuningCheckpointsPermissionsListParams params) {
			return FineTuningCheckpointsPermissionsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.GET, "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
						fineTunedModelCheckpoint)
				.operation("listFineTuningCheckpointPermissions")
				.query("project_id", params.projectId())
				.query("after", params.after())
				.query("limit", params.limit())
				.query("order", params.order())
				.build(), ListFineTuningCheckpointPermissionResponse.class);
		}

		/**
		 * <strong>NOTE:</strong> Calling this endpoint requires an
		 * <a href="../admin-api-keys">admin API key</a>.
		 * <p>
		 * This enables organization owners to share fine-tuned models with other projects
		 * in their organization.
		 * @param fineTunedModelCheckpoint the ID of the fine-tuned model checkpoint to
		 * create a permission for
		 * @param request the {@link CreateFineTuningCheckpointPermissionRequest}
		 * describing what to create
		 * @return the status, the headers and the
		 * {@link ListFineTuningCheckpointPermissionResponse} the API answers with
		 */
		public Mono<ApiResponse<ListFineTuningCheckpointPermissionResponse>> create(String fineTunedModelCheckpoint,
				CreateFineTuningCheckpointPermissionRequest request) {
			return FineTuningCheckpointsPermissionsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.POST, "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
						fineTunedModelCheckpoint)
				.operation("createFineTuningCheckpointPermission")
				.json(request)
				.build(), ListFineTuningCheckpointPermissionResponse.class);
		}

		/**
		 * <strong>NOTE:</strong> This endpoint requires an
		 * <a href="../admin-api-keys">admin API key</a>.
		 * <p>
		 * Organization owners can use this endpoint to delete a permission for a
		 * fine-tuned model checkpoint.
		 * @param fineTunedModelCheckpoint the ID of the fine-tuned model checkpoint to
		 * delete a permission for
		 * @param permissionId the ID of the fine-tuned model checkpoint permission to
		 * delete
		 * @return the status, the headers and the
		 * {@link DeleteFineTuningCheckpointPermissionResponse} the API answers with
		 */
		public Mono<ApiResponse<DeleteFineTuningCheckpointPermissionResponse>> delete(String fineTunedModelCheckpoint,
				String permissionId) {
			return FineTuningCheckpointsPermissionsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.DELETE,
						"/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}",
						fineTunedModelCheckpoint, permissionId)
				.operation("deleteFineTuningCheckpointPermission")
				.build(), DeleteFineTuningCheckpointPermissionResponse.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.skills;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.Downloads;
import dev.reactiveai.openai.core.internal.MultipartForm;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.CreateSkillVersionBody;
import dev.reactiveai.openai.types.DeletedSkillVersionResource;
import dev.reactiveai.openai.types.SkillVersionListResource;
import dev.reactiveai.openai.types.SkillVersionResource;
import dev.reactiveai.openai.types.SkillsVersionsListParams;
import java.nio.file.Path;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /skills/{skill_id}/versions} operations of the OpenAI API.
 */
public final class SkillsVersionsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public SkillsVersionsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public SkillsVersionsService withOptions(RequestOptions options) {
		return new SkillsVersionsService(this.transport.withOptions(options));
	}

	/**
	 * List skill versions for a skill. One page.
	 * @param skillId the identifier of the skill
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after}),
	 * all optional
	 * @return one page of the list: the {@link SkillVersionListResource} the API answers
	 * with
	 */
	public Mono<SkillVersionListResource> listPage(String skillId, SkillsVersionsListParams params) {
		return this.withRawResponse.list(skillId, params).map(ApiResponse::body);
	}

	/**
	 * List skill versions for a skill. Pages are fetched as the items are consumed.
	 * @param skillId the identifier of the skill
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after}),
	 * all optional
	 * @return every {@link SkillVersionResource} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<SkillVersionResource> list(String skillId, SkillsVersionsListParams params) {
		return Pagination.items("GET /skills/{skill_id}/versions", params.after(), (cursor) -> listPage(skillId,
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List skill versions for a skill. With default query parameters.
	 * @param skillId the identifier of the skill
	 * @return every {@link SkillVersionResource} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<SkillVersionResource> list(String skillId) {
		return list(skillId, SkillsVersionsListParams.builder().build());
	}

	/**
	 * Create a new immutable skill version.
	 * @param skillId the identifier of the skill to version
	 * @param request the {@link CreateSkillVersionBody} describing what to create
	 * @return the {@link SkillVersionResource} the API answers with
	 */
	public Mono<SkillVersionResource> create(String skillId, CreateSkillVersionBody request) {
		return this.withRawResponse.create(skillId, request).map(ApiResponse::body);
	}

	/**
	 * Get a specific skill version.
	 * @param skillId the identifier of the skill
	 * @param version the version number to retrieve
	 * @return the {@link SkillVersionResource} the API answers with
	 */
	public Mono<SkillVersionResource> retrieve(String skillId, String version) {
		return this.withRawResponse.retrieve(skillId, version).map(ApiResponse::body);
	}

	/**
	 * Delete a skill version.
	 * @param skillId the identifier of the skill
	 * @param version the skill version number
	 * @return the {@link DeletedSkillVersionResource} the API answers with
	 */
	public Mono<DeletedSkillVersionResource> delete(String skillId, String version) {
		return this.withRawResponse.delete(skillId, version).map(ApiResponse::body);
	}

	/**
	 * Download a skill version zip bundle.
	 * @param skillId the identifier of the skill
	 * @param version the skill version number
	 * @return the content, buffer by buffer; release each one
	 */
	public Flux<DataBuffer> content(String skillId, String version) {
		return this.transport
			.download(ApiRequest.of(HttpMethod.GET, "/skills/{skill_id}/versions/{version}/content", skillId, version)
				.operation("GetSkillVersionContent")
				.build());
	}

	/**
	 * Download a skill version zip bundle. Writes it to a file.
	 * @param skillId the identifier of the skill
	 * @param version the skill version number
	 * @param target the file to write the content to; replaced if it exists
	 * @return the file, once the whole content is in it
	 */
	public Mono<Path> content(String skillId, String version, Path target) {
		return Downloads.writeTo(content(skillId, version), target);
	}

	/**
	 * Add the parts of a {@link CreateSkillVersionBody} to a form, named as the API names
	 * them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateSkillVersionBody request) {
		if (request.files() instanceof CreateSkillVersionBody.Files.UploadFileList variant
				&& !variant.value().isEmpty()) {
			form.files("files", variant.value());
		}
		else if (request.files() instanceof CreateSkillVersionBody.Files.FileValue variant) {
			form.file("files", variant.value());
		}
		else {
			form.field("files", request.files());
		}
		form.field("default", request.defaultValue());
		form.fields(request.additionalProperties());
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
		 * List skill versions for a skill.
		 * @param skillId the identifier of the skill
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}), all optional
		 * @return the status, the headers and the {@link SkillVersionListResource} the
		 * API answers with
		 */
		public Mono<ApiResponse<SkillVersionListResource>> list(String skillId, SkillsVersionsListParams params) {
			return SkillsVersionsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/skills/{skill_id}/versions", skillId)
					.operation("ListSkillVersions")
					.query("limit", params.limit())
					.query("order", params.order())
					.query("after", params.after())
					.build(), SkillVersionListResource.class);
		}

		/**
		 * Create a new immutable skill version.
		 * @param skillId the identifier of the skill to version
		 * @param request the {@link CreateSkillVersionBody} describing what to create
		 * @return the status, the headers and the {@link SkillVersionResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<SkillVersionResource>> create(String skillId, CreateSkillVersionBody request) {
			return SkillsVersionsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/skills/{skill_id}/versions", skillId)
					.operation("CreateSkillVersion")
					.multipart((form) -> writeParts(form, request))
					.build(), SkillVersionResource.class);
		}

		/**
		 * Get a specific skill version.
		 * @param skillId the identifier of the skill
		 * @param version the version number to retrieve
		 * @return the status, the headers and the {@link SkillVersionResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<SkillVersionResource>> retrieve(String skillId, String version) {
			return SkillsVersionsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/skills/{skill_id}/versions/{version}", skillId, version)
					.operation("GetSkillVersion")
					.build(), SkillVersionResource.class);
		}

		/**
		 * Delete a skill version.
		 * @param skillId the identifier of the skill
		 * @param version the skill version number
		 * @return the status, the headers and the {@link DeletedSkillVersionResource} the
		 * API answers with
		 */
		public Mono<ApiResponse<DeletedSkillVersionResource>> delete(String skillId, String version) {
			return SkillsVersionsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/skills/{skill_id}/versions/{version}", skillId, version)
					.operation("DeleteSkillVersion")
					.build(), DeletedSkillVersionResource.class);
		}

	}

}

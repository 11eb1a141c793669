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
import dev.reactiveai.openai.types.CreateSkillBody;
import dev.reactiveai.openai.types.DeletedSkillResource;
import dev.reactiveai.openai.types.SetDefaultSkillVersionBody;
import dev.reactiveai.openai.types.SkillListResource;
import dev.reactiveai.openai.types.SkillResource;
import dev.reactiveai.openai.types.SkillsListParams;
import java.nio.file.Path;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /skills} operations of the OpenAI API.
 */
public final class SkillsService {

	private final OpenAiTransport transport;

	private final SkillsVersionsService versions;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public SkillsService(OpenAiTransport transport) {
		this.transport = transport;
		this.versions = new SkillsVersionsService(transport);
	}

	/**
	 * The {@code /skills/{skill_id}/versions} operations.
	 * @return their service
	 */
	public SkillsVersionsService versions() {
		return this.versions;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public SkillsService withOptions(RequestOptions options) {
		return new SkillsService(this.transport.withOptions(options));
	}

	/**
	 * List all skills for the current project. One page.
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after}),
	 * all optional
	 * @return one page of the list: the {@link SkillListResource} the API answers with
	 */
	public Mono<SkillListResource> listPage(SkillsListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List all skills for the current project. Pages are fetched as the items are
	 * consumed.
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after}),
	 * all optional
	 * @return every {@link SkillResource} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<SkillResource> list(SkillsListParams params) {
		return Pagination.items("GET /skills", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List all skills for the current project. With default query parameters.
	 * @return every {@link SkillResource} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<SkillResource> list() {
		return list(SkillsListParams.builder().build());
	}

	/**
	 * Create a new skill.
	 * @param request the {@link CreateSkillBody} describing what to create
	 * @return the {@link SkillResource} the API answers with
	 */
	public Mono<SkillResource> create(CreateSkillBody request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Get a skill by its ID.
	 * @param skillId the identifier of the skill to retrieve
	 * @return the {@link SkillResource} the API answers with
	 */
	public Mono<SkillResource> retrieve(String skillId) {
		return this.withRawResponse.retrieve(skillId).map(ApiResponse::body);
	}

	/**
	 * Update the default version pointer for a skill.
	 * @param skillId the identifier of the skill
	 * @param request the {@link SetDefaultSkillVersionBody} with the changes to make
	 * @return the {@link SkillResource} the API answers with
	 */
	public Mono<SkillResource> update(String skillId, SetDefaultSkillVersionBody request) {
		return this.withRawResponse.update(skillId, request).map(ApiResponse::body);
	}

	/**
	 * Delete a skill by its ID.
	 * @param skillId the identifier of the skill to delete
	 * @return the {@link DeletedSkillResource} the API answers with
	 */
	public Mono<DeletedSkillResource> delete(String skillId) {
		return this.withRawResponse.delete(skillId).map(ApiResponse::body);
	}

	/**
	 * Download a skill zip bundle by its ID.
	 * @param skillId the identifier of the skill to download
	 * @return the content, buffer by buffer; release each one
	 */
	public Flux<DataBuffer> content(String skillId) {
		return this.transport.download(ApiRequest.of(HttpMethod.GET, "/skills/{skill_id}/content", skillId)
			.operation("GetSkillContent")
			.build());
	}

	/**
	 * Download a skill zip bundle by its ID. Writes it to a file.
	 * @param skillId the identifier of the skill to download
	 * @param target the file to write the content to; replaced if it exists
	 * @return the file, once the whole content is in it
	 */
	public Mono<Path> content(String skillId, Path target) {
		return Downloads.writeTo(content(skillId), target);
	}

	/**
	 * Add the parts of a {@link CreateSkillBody} to a form, named as the API names them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateSkillBody request) {
		if (request.files() instanceof CreateSkillBody.Files.UploadFileList variant && !variant.value().isEmpty()) {
			form.files("files", variant.value());
		}
		else if (request.files() instanceof CreateSkillBody.Files.FileValue variant) {
			form.file("files", variant.value());
		}
		else {
			form.field("files", request.files());
		}
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
		 * List all skills for the current project.
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}), all optional
		 * @return the status, the headers and the {@link SkillListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<SkillListResource>> list(SkillsListParams params) {
			return SkillsService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/skills")
				.operation("ListSkills")
				.query("limit", params.limit())
				.query("order", params.order())
				.query("after", params.after())
				.build(), SkillListResource.class);
		}

		/**
		 * Create a new skill.
		 * @param request the {@link CreateSkillBody} describing what to create
		 * @return the status, the headers and the {@link SkillResource} the API answers
		 * with
		 */
		public Mono<ApiResponse<SkillResource>> create(CreateSkillBody request) {
			return SkillsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/skills")
				.operation("CreateSkill")
				.multipart((form) -> writeParts(form, request))
				.build(), SkillResource.class);
		}

		/**
		 * Get a skill by its ID.
		 * @param skillId the identifier of the skill to retrieve
		 * @return the status, the headers and the {@link SkillResource} the API answers
		 * with
		 */
		public Mono<ApiResponse<SkillResource>> retrieve(String skillId) {
			return SkillsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/skills/{skill_id}", skillId).operation("GetSkill").build(),
					SkillResource.class);
		}

		/**
		 * Update the default version pointer for a skill.
		 * @param skillId the identifier of the skill
		 * @param request the {@link SetDefaultSkillVersionBody} with the changes to make
		 * @return the status, the headers and the {@link SkillResource} the API answers
		 * with
		 */
		public Mono<ApiResponse<SkillResource>> update(String skillId, SetDefaultSkillVersionBody request) {
			return SkillsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/skills/{skill_id}", skillId)
				.operation("UpdateSkillDefaultVersion")
				.json(request)
				.build(), SkillResource.class);
		}

		/**
		 * Delete a skill by its ID.
		 * @param skillId the identifier of the skill to delete
		 * @return the status, the headers and the {@link DeletedSkillResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<DeletedSkillResource>> delete(String skillId) {
			return SkillsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.DELETE, "/skills/{skill_id}", skillId).operation("DeleteSkill").build(),
					DeletedSkillResource.class);
		}

	}

}

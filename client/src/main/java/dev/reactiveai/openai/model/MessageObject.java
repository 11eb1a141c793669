// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.VariantShape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents a message within a [thread](/docs/api-reference/threads).
 *
 * @param id The identifier, which can be referenced in API endpoints.
 * @param object The object type, which is always `thread.message`.
 * @param createdAt The Unix timestamp (in seconds) for when the message was created.
 * @param threadId The [thread](/docs/api-reference/threads) ID that this message belongs
 * to.
 * @param status The status of the message, which can be either `in_progress`,
 * `incomplete`, or `completed`.
 * @param incompleteDetails the {@code incomplete_details} property
 * @param completedAt the {@code completed_at} property
 * @param incompleteAt the {@code incomplete_at} property
 * @param role The entity that produced the message.
 * @param content The content of the message in array of text and/or images.
 * @param assistantId the {@code assistant_id} property
 * @param runId the {@code run_id} property
 * @param attachments the {@code attachments} property
 * @param metadata the {@code metadata} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record MessageObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("thread_id") String threadId,
		@JsonProperty("status") MessageObject.Status status,
		@JsonProperty("incomplete_details") MessageObject.@Nullable IncompleteDetails incompleteDetails,
		@JsonProperty("completed_at") @Nullable Long completedAt,
		@JsonProperty("incomplete_at") @Nullable Long incompleteAt, @JsonProperty("role") MessageObject.Role role,
		@JsonProperty("content") List<MessageObject.ContentItem> content,
		@JsonProperty("assistant_id") @Nullable String assistantId, @JsonProperty("run_id") @Nullable String runId,
		@JsonProperty("attachments") @Nullable List<MessageObject.AttachmentsItem> attachments,
		@JsonProperty("metadata") Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public MessageObject {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link MessageObject}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The status of the message, which can be either `in_progress`, `incomplete`, or
	 * `completed`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		public static final Status IN_PROGRESS = new Status("in_progress");

		public static final Status INCOMPLETE = new Status("incomplete");

		public static final Status COMPLETED = new Status("completed");

		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "in_progress" -> IN_PROGRESS;
				case "incomplete" -> INCOMPLETE;
				case "completed" -> COMPLETED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "in_progress", "incomplete", "completed" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * On an incomplete message, details about why the message is incomplete.
	 *
	 * @param reason The reason the message is incomplete.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record IncompleteDetails(@JsonProperty("reason") IncompleteDetails.Reason reason,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public IncompleteDetails {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link IncompleteDetails}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * The reason the message is incomplete.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Reason(@JsonValue String value) {
			public static final Reason CONTENT_FILTER = new Reason("content_filter");

			public static final Reason MAX_TOKENS = new Reason("max_tokens");

			public static final Reason RUN_CANCELLED = new Reason("run_cancelled");

			public static final Reason RUN_EXPIRED = new Reason("run_expired");

			public static final Reason RUN_FAILED = new Reason("run_failed");

			public Reason {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 */
			@JsonCreator
			public static Reason of(String value) {
				return switch (value) {
					case "content_filter" -> CONTENT_FILTER;
					case "max_tokens" -> MAX_TOKENS;
					case "run_cancelled" -> RUN_CANCELLED;
					case "run_expired" -> RUN_EXPIRED;
					case "run_failed" -> RUN_FAILED;
					default -> new Reason(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link IncompleteDetails}.
		 */
		public static final class Builder {

			private @Nullable Reason reason;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(IncompleteDetails source) {
				this.reason = source.reason();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code reason}: The reason the message is incomplete.
			 * @param reason the value (required)
			 * @return this builder
			 */
			public Builder reason(@Nullable Reason reason) {
				this.reason = reason;
				return this;
			}

			/**
			 * Set {@code reason} to a value, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder reason(String value) {
				return reason(Reason.of(value));
			}

			/**
			 * Set a property that this version of the client does not know.
			 * @param name the property's name
			 * @param value its value
			 * @return this builder
			 */
			public Builder additionalProperty(String name, @Nullable Object value) {
				this.additionalProperties.put(name, value);
				return this;
			}

			/**
			 * Build the value.
			 * @return the value
			 */
			public IncompleteDetails build() {
				return new IncompleteDetails(Objects.requireNonNull(this.reason, "'reason' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * The entity that produced the message. One of `user` or `assistant`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Role(@JsonValue String value) {
		public static final Role USER = new Role("user");

		public static final Role ASSISTANT = new Role("assistant");

		public Role {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Role of(String value) {
			return switch (value) {
				case "user" -> USER;
				case "assistant" -> ASSISTANT;
				default -> new Role(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "user", "assistant" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ContentItem.Deserializer.class)
	public sealed interface ContentItem permits MessageContentImageFileObject, MessageContentImageUrlObject,
			MessageContentTextObject, MessageContentRefusalObject, ContentItem.Unknown {

		/**
		 * A {@link ContentItem} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ContentItem, UnknownVariant {
		}

		/**
		 * Reads a {@link ContentItem} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ContentItem> {

			public Deserializer() {
				super(UnionDeserializer.<ContentItem>variants(Unknown::new)
					.discriminator("type")
					.object(MessageContentImageFileObject.class,
							VariantShape.declaring("type", "image_file")
								.requiring("type", "image_file")
								.values("type", "image_file"))
					.object(MessageContentImageUrlObject.class,
							VariantShape.declaring("type", "image_url")
								.requiring("type", "image_url")
								.values("type", "image_url"))
					.object(MessageContentTextObject.class,
							VariantShape.declaring("type", "text").requiring("type", "text").values("type", "text"))
					.object(MessageContentRefusalObject.class,
							VariantShape.declaring("type", "refusal")
								.requiring("type", "refusal")
								.values("type", "refusal")));
			}

		}

	}

	/**
	 * @param fileId The ID of the file to attach to the message.
	 * @param tools The tools to add this file to.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record AttachmentsItem(@JsonProperty("file_id") @Nullable String fileId,
			@JsonProperty("tools") @Nullable List<AttachmentsItem.ToolsItem> tools,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public AttachmentsItem {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link AttachmentsItem}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = ToolsItem.Deserializer.class)
		public sealed interface ToolsItem
				permits AssistantToolsCode, AssistantToolsFileSearchTypeOnly, ToolsItem.Unknown {

			/**
			 * A {@link ToolsItem} that this version of the client does not recognize,
			 * kept as it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements ToolsItem, UnknownVariant {
			}

			/**
			 * Reads a {@link ToolsItem} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<ToolsItem> {

				public Deserializer() {
					super(UnionDeserializer.<ToolsItem>variants(Unknown::new)
						.discriminator("type")
						.object(AssistantToolsCode.class,
								VariantShape.declaring("type").requiring("type").values("type", "code_interpreter"))
						.object(AssistantToolsFileSearchTypeOnly.class,
								VariantShape.declaring("type").requiring("type").values("type", "file_search")));
				}

			}

		}

		/**
		 * Builds a {@link AttachmentsItem}.
		 */
		public static final class Builder {

			private @Nullable String fileId;

			private @Nullable List<ToolsItem> tools;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(AttachmentsItem source) {
				this.fileId = source.fileId();
				this.tools = source.tools();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code file_id}: The ID of the file to attach to the message.
			 * @param fileId the value
			 * @return this builder
			 */
			public Builder fileId(@Nullable String fileId) {
				this.fileId = fileId;
				return this;
			}

			/**
			 * Set {@code tools}: The tools to add this file to.
			 * @param tools the value
			 * @return this builder
			 */
			public Builder tools(@Nullable List<ToolsItem> tools) {
				this.tools = tools;
				return this;
			}

			/**
			 * Set a property that this version of the client does not know.
			 * @param name the property's name
			 * @param value its value
			 * @return this builder
			 */
			public Builder additionalProperty(String name, @Nullable Object value) {
				this.additionalProperties.put(name, value);
				return this;
			}

			/**
			 * Build the value.
			 * @return the value
			 */
			public AttachmentsItem build() {
				return new AttachmentsItem(this.fileId, this.tools, this.additionalProperties);
			}

		}
	}

	/**
	 * Builds a {@link MessageObject}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String threadId;

		private @Nullable Status status;

		private @Nullable IncompleteDetails incompleteDetails;

		private @Nullable Long completedAt;

		private @Nullable Long incompleteAt;

		private @Nullable Role role;

		private @Nullable List<ContentItem> content;

		private @Nullable String assistantId;

		private @Nullable String runId;

		private @Nullable List<AttachmentsItem> attachments;

		private @Nullable Map<String, String> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "thread.message";
		}

		private Builder(MessageObject source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.threadId = source.threadId();
			this.status = source.status();
			this.incompleteDetails = source.incompleteDetails();
			this.completedAt = source.completedAt();
			this.incompleteAt = source.incompleteAt();
			this.role = source.role();
			this.content = source.content();
			this.assistantId = source.assistantId();
			this.runId = source.runId();
			this.attachments = source.attachments();
			this.metadata = source.metadata();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code id}: The identifier, which can be referenced in API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set {@code object}: The object type, which is always `thread.message`.
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * Set {@code created_at}: The Unix timestamp (in seconds) for when the message
		 * was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Set {@code thread_id}: The [thread](/docs/api-reference/threads) ID that this
		 * message belongs to.
		 * @param threadId the value (required)
		 * @return this builder
		 */
		public Builder threadId(@Nullable String threadId) {
			this.threadId = threadId;
			return this;
		}

		/**
		 * Set {@code status}: The status of the message, which can be either
		 * `in_progress`, `incomplete`, or `completed`.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code status} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * Set {@code incomplete_details}.
		 * @param incompleteDetails the value
		 * @return this builder
		 */
		public Builder incompleteDetails(@Nullable IncompleteDetails incompleteDetails) {
			this.incompleteDetails = incompleteDetails;
			return this;
		}

		/**
		 * Set {@code completed_at}.
		 * @param completedAt the value
		 * @return this builder
		 */
		public Builder completedAt(@Nullable Long completedAt) {
			this.completedAt = completedAt;
			return this;
		}

		/**
		 * Set {@code incomplete_at}.
		 * @param incompleteAt the value
		 * @return this builder
		 */
		public Builder incompleteAt(@Nullable Long incompleteAt) {
			this.incompleteAt = incompleteAt;
			return this;
		}

		/**
		 * Set {@code role}: The entity that produced the message. One of `user` or
		 * `assistant`.
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable Role role) {
			this.role = role;
			return this;
		}

		/**
		 * Set {@code role} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder role(String value) {
			return role(Role.of(value));
		}

		/**
		 * Set {@code content}: The content of the message in array of text and/or images.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable List<ContentItem> content) {
			this.content = content;
			return this;
		}

		/**
		 * Set {@code assistant_id}.
		 * @param assistantId the value
		 * @return this builder
		 */
		public Builder assistantId(@Nullable String assistantId) {
			this.assistantId = assistantId;
			return this;
		}

		/**
		 * Set {@code run_id}.
		 * @param runId the value
		 * @return this builder
		 */
		public Builder runId(@Nullable String runId) {
			this.runId = runId;
			return this;
		}

		/**
		 * Set {@code attachments}.
		 * @param attachments the value
		 * @return this builder
		 */
		public Builder attachments(@Nullable List<AttachmentsItem> attachments) {
			this.attachments = attachments;
			return this;
		}

		/**
		 * Set {@code metadata}.
		 * @param metadata the value (required)
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = metadata;
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public MessageObject build() {
			return new MessageObject(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.threadId, "'threadId' is required"),
					Objects.requireNonNull(this.status, "'status' is required"), this.incompleteDetails,
					this.completedAt, this.incompleteAt, Objects.requireNonNull(this.role, "'role' is required"),
					Objects.requireNonNull(this.content, "'content' is required"), this.assistantId, this.runId,
					this.attachments, Objects.requireNonNull(this.metadata, "'metadata' is required"),
					this.additionalProperties);
		}

	}
}

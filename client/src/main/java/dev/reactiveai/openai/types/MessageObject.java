// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents a message within a
 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
 *
 * @param id The identifier, which can be referenced in API endpoints.
 * @param object The object type, which is always {@code thread.message}.
 * @param createdAt The Unix timestamp (in seconds) for when the message was created.
 * @param threadId The
 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> ID that
 * this message belongs to.
 * @param status The status of the message, which can be either {@code in_progress},
 * {@code incomplete}, or {@code completed}.
 * @param incompleteDetails On an incomplete message, details about why the message is
 * incomplete.
 * @param completedAt The Unix timestamp (in seconds) for when the message was completed.
 * @param incompleteAt The Unix timestamp (in seconds) for when the message was marked as
 * incomplete.
 * @param role The entity that produced the message. One of {@code user} or
 * {@code assistant}.
 * @param content The content of the message in array of text and/or images.
 * @param assistantId If applicable, the ID of the
 * <a href="https://platform.openai.com/docs/api-reference/assistants">assistant</a> that
 * authored this message.
 * @param runId The ID of the
 * <a href="https://platform.openai.com/docs/api-reference/runs">run</a> associated with
 * the creation of this message. Value is {@code null} when messages are created manually
 * using the create message or create thread endpoints.
 * @param attachments A list of files attached to the message, and the tools they were
 * added to.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MessageObject.Reader.class)
public record MessageObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("thread_id") String threadId,
		@JsonProperty("status") MessageObject.Status status,
		@JsonProperty("incomplete_details") MessageObject.@Nullable IncompleteDetails incompleteDetails,
		@JsonProperty("completed_at") @Nullable Long completedAt,
		@JsonProperty("incomplete_at") @Nullable Long incompleteAt, @JsonProperty("role") MessageObject.Role role,
		@JsonProperty("content") List<MessageObject.ContentItem> content,
		@JsonProperty("assistant_id") @Nullable String assistantId, @JsonProperty("run_id") @Nullable String runId,
		@JsonProperty("attachments") @Nullable List<MessageObject.Attachment> attachments,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link MessageObject}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param id The identifier, which can be referenced in API endpoints.
	 * @param object The object type, which is always {@code thread.message}.
	 * @param createdAt The Unix timestamp (in seconds) for when the message was created.
	 * @param threadId The
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> ID that
	 * this message belongs to.
	 * @param status The status of the message, which can be either {@code in_progress},
	 * {@code incomplete}, or {@code completed}.
	 * @param incompleteDetails On an incomplete message, details about why the message is
	 * incomplete.
	 * @param completedAt The Unix timestamp (in seconds) for when the message was
	 * completed.
	 * @param incompleteAt The Unix timestamp (in seconds) for when the message was marked
	 * as incomplete.
	 * @param role The entity that produced the message.
	 * @param content The content of the message in array of text and/or images.
	 * @param assistantId If applicable, the ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/assistants">assistant</a>
	 * that authored this message.
	 * @param runId The ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/runs">run</a> associated
	 * with the creation of this message.
	 * @param attachments A list of files attached to the message, and the tools they were
	 * added to.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MessageObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MessageObject}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The status of the message, which can be either {@code in_progress},
	 * {@code incomplete}, or {@code completed}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * The value {@code incomplete}.
		 */
		public static final Status INCOMPLETE = new Status("incomplete");

		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	@JsonDeserialize(using = IncompleteDetails.Reader.class)
	public static record IncompleteDetails(@JsonProperty("reason") IncompleteDetails.Reason reason,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link IncompleteDetails}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param reason The reason the message is incomplete.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public IncompleteDetails {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link IncompleteDetails}.
		 * @return a new builder
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 * @return a builder with this value's properties
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
			/**
			 * The value {@code content_filter}.
			 */
			public static final Reason CONTENT_FILTER = new Reason("content_filter");

			/**
			 * The value {@code max_tokens}.
			 */
			public static final Reason MAX_TOKENS = new Reason("max_tokens");

			/**
			 * The value {@code run_cancelled}.
			 */
			public static final Reason RUN_CANCELLED = new Reason("run_cancelled");

			/**
			 * The value {@code run_expired}.
			 */
			public static final Reason RUN_EXPIRED = new Reason("run_expired");

			/**
			 * The value {@code run_failed}.
			 */
			public static final Reason RUN_FAILED = new Reason("run_failed");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Reason {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
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
			 * @return whether the value is one of the constants
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
			 * The reason the message is incomplete.
			 * @param reason the value (required)
			 * @return this builder
			 */
			public Builder reason(@Nullable Reason reason) {
				this.reason = reason;
				return this;
			}

			/**
			 * The reason the message is incomplete.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value (required)
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

		/**
		 * Reads a {@link IncompleteDetails} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<IncompleteDetails> {

			Reader() {
				super(IncompleteDetails.class, "reason");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> Reason.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected IncompleteDetails create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new IncompleteDetails((Reason) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link IncompleteDetails} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<IncompleteDetails> {

			Writer() {
				super(IncompleteDetails.class, "reason");
			}

			@Override
			protected @Nullable Object value(IncompleteDetails record, int index) {
				return switch (index) {
					case 0 -> record.reason();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(IncompleteDetails record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The entity that produced the message. One of {@code user} or {@code assistant}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Role(@JsonValue String value) {
		/**
		 * The value {@code user}.
		 */
		public static final Role USER = new Role("user");

		/**
		 * The value {@code assistant}.
		 */
		public static final Role ASSISTANT = new Role("assistant");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Role {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	 * An item of a {@link MessageObject}'s {@code content}.
	 * <p>
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

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
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
	 * An item of a {@link MessageObject}'s {@code attachments}.
	 *
	 * @param fileId The ID of the file to attach to the message.
	 * @param tools The tools to add this file to.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Attachment.Reader.class)
	public static record Attachment(@JsonProperty("file_id") @Nullable String fileId,
			@JsonProperty("tools") @Nullable List<Attachment.Tool> tools,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Attachment}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param fileId The ID of the file to attach to the message.
		 * @param tools The tools to add this file to.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Attachment {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Attachment}.
		 * @return a new builder
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 * @return a builder with this value's properties
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * An item of a {@link Attachment}'s {@code tools}.
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = Tool.Deserializer.class)
		public sealed interface Tool permits AssistantToolsCode, AssistantToolsFileSearchTypeOnly, Tool.Unknown {

			/**
			 * A {@link Tool} that this version of the client does not recognize, kept as
			 * it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements Tool, UnknownVariant {
			}

			/**
			 * Reads a {@link Tool} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<Tool> {

				/**
				 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
				 */
				public Deserializer() {
					super(UnionDeserializer.<Tool>variants(Unknown::new)
						.discriminator("type")
						.object(AssistantToolsCode.class,
								VariantShape.declaring("type").requiring("type").values("type", "code_interpreter"))
						.object(AssistantToolsFileSearchTypeOnly.class,
								VariantShape.declaring("type").requiring("type").values("type", "file_search")));
				}

			}

		}

		/**
		 * Builds a {@link Attachment}.
		 */
		public static final class Builder {

			private @Nullable String fileId;

			private @Nullable List<Tool> tools;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Attachment source) {
				this.fileId = source.fileId();
				this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the file to attach to the message.
			 * @param fileId the value
			 * @return this builder
			 */
			public Builder fileId(@Nullable String fileId) {
				this.fileId = fileId;
				return this;
			}

			/**
			 * The tools to add this file to.
			 * <p>
			 * Takes a copy of the list.
			 * @param tools the value
			 * @return this builder
			 */
			public Builder tools(@Nullable List<? extends Tool> tools) {
				this.tools = (tools != null) ? new ArrayList<>(tools) : null;
				return this;
			}

			/**
			 * The tools to add this file to.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param tool the item to add
			 * @return this builder
			 */
			public Builder addTool(Tool tool) {
				Objects.requireNonNull(tool, "'tool' must not be null");
				if (this.tools == null) {
					this.tools = new ArrayList<>();
				}
				this.tools.add(tool);
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
			public Attachment build() {
				return new Attachment(this.fileId,
						(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Attachment} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Attachment> {

			Reader() {
				super(Attachment.class, "file_id", "tools");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Attachment create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Attachment((String) values[0], (List<Tool>) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Attachment} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Attachment> {

			Writer() {
				super(Attachment.class, "file_id", "tools");
			}

			@Override
			protected @Nullable Object value(Attachment record, int index) {
				return switch (index) {
					case 0 -> record.fileId();
					case 1 -> record.tools();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Attachment record) {
				return record.additionalProperties();
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

		private @Nullable List<Attachment> attachments;

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
			this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
			this.assistantId = source.assistantId();
			this.runId = source.runId();
			this.attachments = (source.attachments() != null) ? new ArrayList<>(source.attachments()) : null;
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The identifier, which can be referenced in API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the message was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>
		 * ID that this message belongs to.
		 * @param threadId the value (required)
		 * @return this builder
		 */
		public Builder threadId(@Nullable String threadId) {
			this.threadId = threadId;
			return this;
		}

		/**
		 * The status of the message, which can be either {@code in_progress},
		 * {@code incomplete}, or {@code completed}.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the message, which can be either {@code in_progress},
		 * {@code incomplete}, or {@code completed}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * On an incomplete message, details about why the message is incomplete.
		 * @param incompleteDetails the value
		 * @return this builder
		 */
		public Builder incompleteDetails(@Nullable IncompleteDetails incompleteDetails) {
			this.incompleteDetails = incompleteDetails;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the message was completed.
		 * @param completedAt the value
		 * @return this builder
		 */
		public Builder completedAt(@Nullable Long completedAt) {
			this.completedAt = completedAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the message was marked as incomplete.
		 * @param incompleteAt the value
		 * @return this builder
		 */
		public Builder incompleteAt(@Nullable Long incompleteAt) {
			this.incompleteAt = incompleteAt;
			return this;
		}

		/**
		 * The entity that produced the message.
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable Role role) {
			this.role = role;
			return this;
		}

		/**
		 * The entity that produced the message.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder role(String value) {
			return role(Role.of(value));
		}

		/**
		 * The content of the message in array of text and/or images.
		 * <p>
		 * Takes a copy of the list.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable List<? extends ContentItem> content) {
			this.content = (content != null) ? new ArrayList<>(content) : null;
			return this;
		}

		/**
		 * The content of the message in array of text and/or images.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param content the item to add
		 * @return this builder
		 */
		public Builder addContent(ContentItem content) {
			Objects.requireNonNull(content, "'content' must not be null");
			if (this.content == null) {
				this.content = new ArrayList<>();
			}
			this.content.add(content);
			return this;
		}

		/**
		 * If applicable, the ID of the <a href=
		 * "https://platform.openai.com/docs/api-reference/assistants">assistant</a> that
		 * authored this message.
		 * @param assistantId the value
		 * @return this builder
		 */
		public Builder assistantId(@Nullable String assistantId) {
			this.assistantId = assistantId;
			return this;
		}

		/**
		 * The ID of the
		 * <a href="https://platform.openai.com/docs/api-reference/runs">run</a>
		 * associated with the creation of this message.
		 * @param runId the value
		 * @return this builder
		 */
		public Builder runId(@Nullable String runId) {
			this.runId = runId;
			return this;
		}

		/**
		 * A list of files attached to the message, and the tools they were added to.
		 * <p>
		 * Takes a copy of the list.
		 * @param attachments the value
		 * @return this builder
		 */
		public Builder attachments(@Nullable List<Attachment> attachments) {
			this.attachments = (attachments != null) ? new ArrayList<>(attachments) : null;
			return this;
		}

		/**
		 * A list of files attached to the message, and the tools they were added to.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param attachment the item to add
		 * @return this builder
		 */
		public Builder addAttachment(Attachment attachment) {
			Objects.requireNonNull(attachment, "'attachment' must not be null");
			if (this.attachments == null) {
				this.attachments = new ArrayList<>();
			}
			this.attachments.add(attachment);
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Takes a copy of the map.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putMetadata(String key, String value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
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
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.content, "'content' is required"))),
					this.assistantId, this.runId,
					(this.attachments != null) ? Collections.unmodifiableList(new ArrayList<>(this.attachments)) : null,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MessageObject} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MessageObject> {

		Reader() {
			super(MessageObject.class, "id", "object", "created_at", "thread_id", "status", "incomplete_details",
					"completed_at", "incomplete_at", "role", "content", "assistant_id", "run_id", "attachments",
					"metadata");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 4 -> Status.of(value);
				case 8 -> Role.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected MessageObject create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new MessageObject((String) values[0], (String) values[1], (Long) values[2], (String) values[3],
					(Status) values[4], (IncompleteDetails) values[5], (Long) values[6], (Long) values[7],
					(Role) values[8], (List<ContentItem>) values[9], (String) values[10], (String) values[11],
					(List<Attachment>) values[12], (Map<String, String>) values[13], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MessageObject} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MessageObject> {

		Writer() {
			super(MessageObject.class, "id", "object", "created_at", "thread_id", "status", "incomplete_details",
					"completed_at", "incomplete_at", "role", "content", "assistant_id", "run_id", "attachments",
					"metadata");
		}

		@Override
		protected @Nullable Object value(MessageObject record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.createdAt();
				case 3 -> record.threadId();
				case 4 -> record.status();
				case 5 -> record.incompleteDetails();
				case 6 -> record.completedAt();
				case 7 -> record.incompleteAt();
				case 8 -> record.role();
				case 9 -> record.content();
				case 10 -> record.assistantId();
				case 11 -> record.runId();
				case 12 -> record.attachments();
				case 13 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MessageObject record) {
			return record.additionalProperties();
		}

	}
}

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents a step in execution of a run.
 *
 * @param id The identifier of the run step, which can be referenced in API endpoints.
 * @param object The object type, which is always {@code thread.run.step}.
 * @param createdAt The Unix timestamp (in seconds) for when the run step was created.
 * @param assistantId The ID of the
 * <a href="https://platform.openai.com/docs/api-reference/assistants">assistant</a>
 * associated with the run step.
 * @param threadId The ID of the
 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> that was
 * run.
 * @param runId The ID of the
 * <a href="https://platform.openai.com/docs/api-reference/runs">run</a> that this run
 * step is a part of.
 * @param type The type of run step, which can be either {@code message_creation} or
 * {@code tool_calls}.
 * @param status The status of the run step, which can be either {@code in_progress},
 * {@code cancelled}, {@code failed}, {@code completed}, or {@code expired}.
 * @param stepDetails The details of the run step.
 * @param lastError The last error associated with this run step. Will be {@code null} if
 * there are no errors.
 * @param expiredAt The Unix timestamp (in seconds) for when the run step expired. A step
 * is considered expired if the parent run is expired.
 * @param cancelledAt The Unix timestamp (in seconds) for when the run step was cancelled.
 * @param failedAt The Unix timestamp (in seconds) for when the run step failed.
 * @param completedAt The Unix timestamp (in seconds) for when the run step completed.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param usage Usage statistics related to the run step. This value will be {@code null}
 * while the run step's status is {@code in_progress}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStep.Reader.class)
public record RunStep(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("assistant_id") String assistantId,
		@JsonProperty("thread_id") String threadId, @JsonProperty("run_id") String runId,
		@JsonProperty("type") RunStep.Type type, @JsonProperty("status") RunStep.Status status,
		@JsonProperty("step_details") RunStep.StepDetails stepDetails,
		@JsonProperty("last_error") RunStep.@Nullable LastError lastError,
		@JsonProperty("expired_at") @Nullable Long expiredAt, @JsonProperty("cancelled_at") @Nullable Long cancelledAt,
		@JsonProperty("failed_at") @Nullable Long failedAt, @JsonProperty("completed_at") @Nullable Long completedAt,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("usage") @Nullable RunStepCompletionUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RunStep}, filling in {@code object} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param id The identifier of the run step, which can be referenced in API endpoints.
	 * @param object The object type, which is always {@code thread.run.step}.
	 * @param createdAt The Unix timestamp (in seconds) for when the run step was created.
	 * @param assistantId The ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/assistants">assistant</a>
	 * associated with the run step.
	 * @param threadId The ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> that
	 * was run.
	 * @param runId The ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/runs">run</a> that this run
	 * step is a part of.
	 * @param type The type of run step, which can be either {@code message_creation} or
	 * {@code tool_calls}.
	 * @param status The status of the run step, which can be either {@code in_progress},
	 * {@code cancelled}, {@code failed}, {@code completed}, or {@code expired}.
	 * @param stepDetails The details of the run step.
	 * @param lastError The last error associated with this run step.
	 * @param expiredAt The Unix timestamp (in seconds) for when the run step expired.
	 * @param cancelledAt The Unix timestamp (in seconds) for when the run step was
	 * cancelled.
	 * @param failedAt The Unix timestamp (in seconds) for when the run step failed.
	 * @param completedAt The Unix timestamp (in seconds) for when the run step completed.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param usage Usage statistics related to the run step.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStep {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStep}.
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
	 * The type of run step, which can be either {@code message_creation} or
	 * {@code tool_calls}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code message_creation}.
		 */
		public static final Type MESSAGE_CREATION = new Type("message_creation");

		/**
		 * The value {@code tool_calls}.
		 */
		public static final Type TOOL_CALLS = new Type("tool_calls");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Type {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Type of(String value) {
			return switch (value) {
				case "message_creation" -> MESSAGE_CREATION;
				case "tool_calls" -> TOOL_CALLS;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "message_creation", "tool_calls" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The status of the run step, which can be either {@code in_progress},
	 * {@code cancelled}, {@code failed}, {@code completed}, or {@code expired}.
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
		 * The value {@code cancelled}.
		 */
		public static final Status CANCELLED = new Status("cancelled");

		/**
		 * The value {@code failed}.
		 */
		public static final Status FAILED = new Status("failed");

		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * The value {@code expired}.
		 */
		public static final Status EXPIRED = new Status("expired");

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
				case "cancelled" -> CANCELLED;
				case "failed" -> FAILED;
				case "completed" -> COMPLETED;
				case "expired" -> EXPIRED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "in_progress", "cancelled", "failed", "completed", "expired" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The details of the run step.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = StepDetails.Deserializer.class)
	public sealed interface StepDetails
			permits RunStepDetailsMessageCreationObject, RunStepDetailsToolCallsObject, StepDetails.Unknown {

		/**
		 * A {@link StepDetails} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements StepDetails, UnknownVariant {
		}

		/**
		 * Reads a {@link StepDetails} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<StepDetails> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<StepDetails>variants(Unknown::new)
					.discriminator("type")
					.object(RunStepDetailsMessageCreationObject.class,
							VariantShape.declaring("type", "message_creation")
								.requiring("type", "message_creation")
								.values("type", "message_creation"))
					.object(RunStepDetailsToolCallsObject.class,
							VariantShape.declaring("type", "tool_calls")
								.requiring("type", "tool_calls")
								.values("type", "tool_calls")));
			}

		}

	}

	/**
	 * The last error associated with this run step. Will be {@code null} if there are no
	 * errors.
	 *
	 * @param code One of {@code server_error} or {@code rate_limit_exceeded}.
	 * @param message A human-readable description of the error.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = LastError.Reader.class)
	public static record LastError(@JsonProperty("code") LastError.Code code, @JsonProperty("message") String message,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link LastError}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param code One of {@code server_error} or {@code rate_limit_exceeded}.
		 * @param message A human-readable description of the error.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public LastError {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link LastError}.
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
		 * One of {@code server_error} or {@code rate_limit_exceeded}.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Code(@JsonValue String value) {
			/**
			 * The value {@code server_error}.
			 */
			public static final Code SERVER_ERROR = new Code("server_error");

			/**
			 * The value {@code rate_limit_exceeded}.
			 */
			public static final Code RATE_LIMIT_EXCEEDED = new Code("rate_limit_exceeded");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Code {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Code of(String value) {
				return switch (value) {
					case "server_error" -> SERVER_ERROR;
					case "rate_limit_exceeded" -> RATE_LIMIT_EXCEEDED;
					default -> new Code(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "server_error", "rate_limit_exceeded" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link LastError}.
		 */
		public static final class Builder {

			private @Nullable Code code;

			private @Nullable String message;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(LastError source) {
				this.code = source.code();
				this.message = source.message();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * One of {@code server_error} or {@code rate_limit_exceeded}.
			 * @param code the value (required)
			 * @return this builder
			 */
			public Builder code(@Nullable Code code) {
				this.code = code;
				return this;
			}

			/**
			 * One of {@code server_error} or {@code rate_limit_exceeded}.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value (required)
			 * @return this builder
			 */
			public Builder code(String value) {
				return code(Code.of(value));
			}

			/**
			 * A human-readable description of the error.
			 * @param message the value (required)
			 * @return this builder
			 */
			public Builder message(@Nullable String message) {
				this.message = message;
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
			public LastError build() {
				return new LastError(Objects.requireNonNull(this.code, "'code' is required"),
						Objects.requireNonNull(this.message, "'message' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link LastError} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<LastError> {

			Reader() {
				super(LastError.class, "code", "message");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> Code.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected LastError create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new LastError((Code) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link LastError} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<LastError> {

			Writer() {
				super(LastError.class, "code", "message");
			}

			@Override
			protected @Nullable Object value(LastError record, int index) {
				return switch (index) {
					case 0 -> record.code();
					case 1 -> record.message();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(LastError record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RunStep}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String assistantId;

		private @Nullable String threadId;

		private @Nullable String runId;

		private @Nullable Type type;

		private @Nullable Status status;

		private @Nullable StepDetails stepDetails;

		private @Nullable LastError lastError;

		private @Nullable Long expiredAt;

		private @Nullable Long cancelledAt;

		private @Nullable Long failedAt;

		private @Nullable Long completedAt;

		private @Nullable Map<String, String> metadata;

		private @Nullable RunStepCompletionUsage usage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "thread.run.step";
		}

		private Builder(RunStep source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.assistantId = source.assistantId();
			this.threadId = source.threadId();
			this.runId = source.runId();
			this.type = source.type();
			this.status = source.status();
			this.stepDetails = source.stepDetails();
			this.lastError = source.lastError();
			this.expiredAt = source.expiredAt();
			this.cancelledAt = source.cancelledAt();
			this.failedAt = source.failedAt();
			this.completedAt = source.completedAt();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.usage = source.usage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The identifier of the run step, which can be referenced in API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the run step was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The ID of the <a href=
		 * "https://platform.openai.com/docs/api-reference/assistants">assistant</a>
		 * associated with the run step.
		 * @param assistantId the value (required)
		 * @return this builder
		 */
		public Builder assistantId(@Nullable String assistantId) {
			this.assistantId = assistantId;
			return this;
		}

		/**
		 * The ID of the
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>
		 * that was run.
		 * @param threadId the value (required)
		 * @return this builder
		 */
		public Builder threadId(@Nullable String threadId) {
			this.threadId = threadId;
			return this;
		}

		/**
		 * The ID of the
		 * <a href="https://platform.openai.com/docs/api-reference/runs">run</a> that this
		 * run step is a part of.
		 * @param runId the value (required)
		 * @return this builder
		 */
		public Builder runId(@Nullable String runId) {
			this.runId = runId;
			return this;
		}

		/**
		 * The type of run step, which can be either {@code message_creation} or
		 * {@code tool_calls}.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * The type of run step, which can be either {@code message_creation} or
		 * {@code tool_calls}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(Type.of(value));
		}

		/**
		 * The status of the run step, which can be either {@code in_progress},
		 * {@code cancelled}, {@code failed}, {@code completed}, or {@code expired}.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the run step, which can be either {@code in_progress},
		 * {@code cancelled}, {@code failed}, {@code completed}, or {@code expired}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * The details of the run step.
		 * @param stepDetails the value (required)
		 * @return this builder
		 */
		public Builder stepDetails(@Nullable StepDetails stepDetails) {
			this.stepDetails = stepDetails;
			return this;
		}

		/**
		 * The last error associated with this run step.
		 * @param lastError the value
		 * @return this builder
		 */
		public Builder lastError(@Nullable LastError lastError) {
			this.lastError = lastError;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the run step expired.
		 * @param expiredAt the value
		 * @return this builder
		 */
		public Builder expiredAt(@Nullable Long expiredAt) {
			this.expiredAt = expiredAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the run step was cancelled.
		 * @param cancelledAt the value
		 * @return this builder
		 */
		public Builder cancelledAt(@Nullable Long cancelledAt) {
			this.cancelledAt = cancelledAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the run step failed.
		 * @param failedAt the value
		 * @return this builder
		 */
		public Builder failedAt(@Nullable Long failedAt) {
			this.failedAt = failedAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the run step completed.
		 * @param completedAt the value
		 * @return this builder
		 */
		public Builder completedAt(@Nullable Long completedAt) {
			this.completedAt = completedAt;
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
		 * Usage statistics related to the run step.
		 * @param usage the value
		 * @return this builder
		 */
		public Builder usage(@Nullable RunStepCompletionUsage usage) {
			this.usage = usage;
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
		public RunStep build() {
			return new RunStep(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.assistantId, "'assistantId' is required"),
					Objects.requireNonNull(this.threadId, "'threadId' is required"),
					Objects.requireNonNull(this.runId, "'runId' is required"),
					Objects.requireNonNull(this.type, "'type' is required"),
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.stepDetails, "'stepDetails' is required"), this.lastError,
					this.expiredAt, this.cancelledAt, this.failedAt, this.completedAt,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.usage, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStep} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStep> {

		Reader() {
			super(RunStep.class, "id", "object", "created_at", "assistant_id", "thread_id", "run_id", "type", "status",
					"step_details", "last_error", "expired_at", "cancelled_at", "failed_at", "completed_at", "metadata",
					"usage");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 6 -> Type.of(value);
				case 7 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RunStep create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new RunStep((String) values[0], (String) values[1], (Long) values[2], (String) values[3],
					(String) values[4], (String) values[5], (Type) values[6], (Status) values[7],
					(StepDetails) values[8], (LastError) values[9], (Long) values[10], (Long) values[11],
					(Long) values[12], (Long) values[13], (Map<String, String>) values[14],
					(RunStepCompletionUsage) values[15], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStep} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStep> {

		Writer() {
			super(RunStep.class, "id", "object", "created_at", "assistant_id", "thread_id", "run_id", "type", "status",
					"step_details", "last_error", "expired_at", "cancelled_at", "failed_at", "completed_at", "metadata",
					"usage");
		}

		@Override
		protected @Nullable Object value(RunStep record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.createdAt();
				case 3 -> record.assistantId();
				case 4 -> record.threadId();
				case 5 -> record.runId();
				case 6 -> record.type();
				case 7 -> record.status();
				case 8 -> record.stepDetails();
				case 9 -> record.lastError();
				case 10 -> record.expiredAt();
				case 11 -> record.cancelledAt();
				case 12 -> record.failedAt();
				case 13 -> record.completedAt();
				case 14 -> record.metadata();
				case 15 -> record.usage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStep record) {
			return record.additionalProperties();
		}

	}
}

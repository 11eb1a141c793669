// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The response of {@code POST /batches}, {@code GET /batches/{batch_id}} and {@code POST
 * /batches/{batch_id}/cancel}.
 *
 * @param id A string (the API description says no more).
 * @param object The object type, which is always {@code batch}.
 * @param endpoint The OpenAI API endpoint used by the batch.
 * @param model Model ID used to process the batch, like {@code gpt-5-2025-08-07}. OpenAI
 * offers a wide range of models with different capabilities, performance characteristics,
 * and price points. Refer to the <a href="https://platform.openai.com/docs/models">model
 * guide</a> to browse and compare available models.
 * @param errors A {@link dev.reactiveai.openai.types.Batch.Errors} (the API description
 * says no more).
 * @param inputFileId The ID of the input file for the batch.
 * @param completionWindow The time frame within which the batch should be processed.
 * @param status The current status of the batch.
 * @param outputFileId The ID of the file containing the outputs of successfully executed
 * requests.
 * @param errorFileId The ID of the file containing the outputs of requests with errors.
 * @param createdAt The Unix timestamp (in seconds) for when the batch was created.
 * @param inProgressAt The Unix timestamp (in seconds) for when the batch started
 * processing.
 * @param expiresAt The Unix timestamp (in seconds) for when the batch will expire.
 * @param finalizingAt The Unix timestamp (in seconds) for when the batch started
 * finalizing.
 * @param completedAt The Unix timestamp (in seconds) for when the batch was completed.
 * @param failedAt The Unix timestamp (in seconds) for when the batch failed.
 * @param expiredAt The Unix timestamp (in seconds) for when the batch expired.
 * @param cancellingAt The Unix timestamp (in seconds) for when the batch started
 * cancelling.
 * @param cancelledAt The Unix timestamp (in seconds) for when the batch was cancelled.
 * @param requestCounts The request counts for different statuses within the batch.
 * @param usage Represents token usage details including input tokens, output tokens, a
 * breakdown of output tokens, and the total tokens used. Only populated on batches
 * created after September 7, 2025.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Batch.Reader.class)
public record Batch(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("endpoint") String endpoint, @JsonProperty("model") @Nullable String model,
		@JsonProperty("errors") Batch.@Nullable Errors errors, @JsonProperty("input_file_id") String inputFileId,
		@JsonProperty("completion_window") String completionWindow, @JsonProperty("status") Batch.Status status,
		@JsonProperty("output_file_id") @Nullable String outputFileId,
		@JsonProperty("error_file_id") @Nullable String errorFileId, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("in_progress_at") @Nullable Long inProgressAt,
		@JsonProperty("expires_at") @Nullable Long expiresAt,
		@JsonProperty("finalizing_at") @Nullable Long finalizingAt,
		@JsonProperty("completed_at") @Nullable Long completedAt, @JsonProperty("failed_at") @Nullable Long failedAt,
		@JsonProperty("expired_at") @Nullable Long expiredAt,
		@JsonProperty("cancelling_at") @Nullable Long cancellingAt,
		@JsonProperty("cancelled_at") @Nullable Long cancelledAt,
		@JsonProperty("request_counts") Batch.@Nullable RequestCounts requestCounts,
		@JsonProperty("usage") Batch.@Nullable Usage usage,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Batch}, filling in {@code object} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param id A string (the API description says no more).
	 * @param object The object type, which is always {@code batch}.
	 * @param endpoint The OpenAI API endpoint used by the batch.
	 * @param model Model ID used to process the batch, like {@code gpt-5-2025-08-07}.
	 * @param errors A {@link dev.reactiveai.openai.types.Batch.Errors} (the API
	 * description says no more).
	 * @param inputFileId The ID of the input file for the batch.
	 * @param completionWindow The time frame within which the batch should be processed.
	 * @param status The current status of the batch.
	 * @param outputFileId The ID of the file containing the outputs of successfully
	 * executed requests.
	 * @param errorFileId The ID of the file containing the outputs of requests with
	 * errors.
	 * @param createdAt The Unix timestamp (in seconds) for when the batch was created.
	 * @param inProgressAt The Unix timestamp (in seconds) for when the batch started
	 * processing.
	 * @param expiresAt The Unix timestamp (in seconds) for when the batch will expire.
	 * @param finalizingAt The Unix timestamp (in seconds) for when the batch started
	 * finalizing.
	 * @param completedAt The Unix timestamp (in seconds) for when the batch was
	 * completed.
	 * @param failedAt The Unix timestamp (in seconds) for when the batch failed.
	 * @param expiredAt The Unix timestamp (in seconds) for when the batch expired.
	 * @param cancellingAt The Unix timestamp (in seconds) for when the batch started
	 * cancelling.
	 * @param cancelledAt The Unix timestamp (in seconds) for when the batch was
	 * cancelled.
	 * @param requestCounts The request counts for different statuses within the batch.
	 * @param usage Represents token usage details including input tokens, output tokens,
	 * a breakdown of output tokens, and the total tokens used.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Batch {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Batch}.
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
	 * A {@link Batch}'s {@code errors}.
	 *
	 * @param object The object type, which is always {@code list}.
	 * @param data A list of a {@link dev.reactiveai.openai.types.Batch.Errors.DataItem}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Errors.Reader.class)
	public static record Errors(@JsonProperty("object") @Nullable String object,
			@JsonProperty("data") @Nullable List<Errors.DataItem> data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Errors}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param object The object type, which is always {@code list}.
		 * @param data A list of a
		 * {@link dev.reactiveai.openai.types.Batch.Errors.DataItem} (the API description
		 * says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Errors {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Errors}.
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
		 * An item of a {@link Errors}'s {@code data}.
		 *
		 * @param code An error code identifying the error type.
		 * @param message A human-readable message providing more details about the error.
		 * @param param The name of the parameter that caused the error, if applicable.
		 * @param line The line number of the input file where the error occurred, if
		 * applicable.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = DataItem.Reader.class)
		public static record DataItem(@JsonProperty("code") @Nullable String code,
				@JsonProperty("message") @Nullable String message, @JsonProperty("param") @Nullable String param,
				@JsonProperty("line") @Nullable Long line,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link DataItem}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param code An error code identifying the error type.
			 * @param message A human-readable message providing more details about the
			 * error.
			 * @param param The name of the parameter that caused the error, if
			 * applicable.
			 * @param line The line number of the input file where the error occurred, if
			 * applicable.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public DataItem {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link DataItem}.
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
			 * Builds a {@link DataItem}.
			 */
			public static final class Builder {

				private @Nullable String code;

				private @Nullable String message;

				private @Nullable String param;

				private @Nullable Long line;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(DataItem source) {
					this.code = source.code();
					this.message = source.message();
					this.param = source.param();
					this.line = source.line();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * An error code identifying the error type.
				 * @param code the value
				 * @return this builder
				 */
				public Builder code(@Nullable String code) {
					this.code = code;
					return this;
				}

				/**
				 * A human-readable message providing more details about the error.
				 * @param message the value
				 * @return this builder
				 */
				public Builder message(@Nullable String message) {
					this.message = message;
					return this;
				}

				/**
				 * The name of the parameter that caused the error, if applicable.
				 * @param param the value
				 * @return this builder
				 */
				public Builder param(@Nullable String param) {
					this.param = param;
					return this;
				}

				/**
				 * The line number of the input file where the error occurred, if
				 * applicable.
				 * @param line the value
				 * @return this builder
				 */
				public Builder line(@Nullable Long line) {
					this.line = line;
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
				public DataItem build() {
					return new DataItem(this.code, this.message, this.param, this.line, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link DataItem} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<DataItem> {

				Reader() {
					super(DataItem.class, "code", "message", "param", "line");
				}

				@Override
				protected DataItem create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new DataItem((String) values[0], (String) values[1], (String) values[2], (Long) values[3],
							additionalProperties);
				}

			}

			/**
			 * Writes a {@link DataItem} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<DataItem> {

				Writer() {
					super(DataItem.class, "code", "message", "param", "line");
				}

				@Override
				protected @Nullable Object value(DataItem record, int index) {
					return switch (index) {
						case 0 -> record.code();
						case 1 -> record.message();
						case 2 -> record.param();
						case 3 -> record.line();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(DataItem record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link Errors}.
		 */
		public static final class Builder {

			private @Nullable String object;

			private @Nullable List<DataItem> data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Errors source) {
				this.object = source.object();
				this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The object type, which is always {@code list}.
			 * @param object the value
			 * @return this builder
			 */
			public Builder object(@Nullable String object) {
				this.object = object;
				return this;
			}

			/**
			 * A list of a {@link dev.reactiveai.openai.types.Batch.Errors.DataItem} (the
			 * API description says no more).
			 * <p>
			 * Takes a copy of the list.
			 * @param data the value
			 * @return this builder
			 */
			public Builder data(@Nullable List<DataItem> data) {
				this.data = (data != null) ? new ArrayList<>(data) : null;
				return this;
			}

			/**
			 * A list of a {@link dev.reactiveai.openai.types.Batch.Errors.DataItem} (the
			 * API description says no more).
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param data the item to add
			 * @return this builder
			 */
			public Builder addData(DataItem data) {
				Objects.requireNonNull(data, "'data' must not be null");
				if (this.data == null) {
					this.data = new ArrayList<>();
				}
				this.data.add(data);
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
			public Errors build() {
				return new Errors(this.object,
						(this.data != null) ? Collections.unmodifiableList(new ArrayList<>(this.data)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Errors} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Errors> {

			Reader() {
				super(Errors.class, "object", "data");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Errors create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Errors((String) values[0], (List<DataItem>) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Errors} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Errors> {

			Writer() {
				super(Errors.class, "object", "data");
			}

			@Override
			protected @Nullable Object value(Errors record, int index) {
				return switch (index) {
					case 0 -> record.object();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Errors record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The current status of the batch.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code validating}.
		 */
		public static final Status VALIDATING = new Status("validating");

		/**
		 * The value {@code failed}.
		 */
		public static final Status FAILED = new Status("failed");

		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * The value {@code finalizing}.
		 */
		public static final Status FINALIZING = new Status("finalizing");

		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * The value {@code expired}.
		 */
		public static final Status EXPIRED = new Status("expired");

		/**
		 * The value {@code cancelling}.
		 */
		public static final Status CANCELLING = new Status("cancelling");

		/**
		 * The value {@code cancelled}.
		 */
		public static final Status CANCELLED = new Status("cancelled");

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
				case "validating" -> VALIDATING;
				case "failed" -> FAILED;
				case "in_progress" -> IN_PROGRESS;
				case "finalizing" -> FINALIZING;
				case "completed" -> COMPLETED;
				case "expired" -> EXPIRED;
				case "cancelling" -> CANCELLING;
				case "cancelled" -> CANCELLED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "validating", "failed", "in_progress", "finalizing", "completed", "expired", "cancelling",
						"cancelled" ->
					true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The request counts for different statuses within the batch.
	 *
	 * @param total Total number of requests in the batch.
	 * @param completed Number of requests that have been completed successfully.
	 * @param failed Number of requests that have failed.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = RequestCounts.Reader.class)
	public static record RequestCounts(@JsonProperty("total") Long total, @JsonProperty("completed") Long completed,
			@JsonProperty("failed") Long failed,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link RequestCounts}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param total Total number of requests in the batch.
		 * @param completed Number of requests that have been completed successfully.
		 * @param failed Number of requests that have failed.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public RequestCounts {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link RequestCounts}.
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
		 * Builds a {@link RequestCounts}.
		 */
		public static final class Builder {

			private @Nullable Long total;

			private @Nullable Long completed;

			private @Nullable Long failed;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(RequestCounts source) {
				this.total = source.total();
				this.completed = source.completed();
				this.failed = source.failed();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Total number of requests in the batch.
			 * @param total the value (required)
			 * @return this builder
			 */
			public Builder total(@Nullable Long total) {
				this.total = total;
				return this;
			}

			/**
			 * Number of requests that have been completed successfully.
			 * @param completed the value (required)
			 * @return this builder
			 */
			public Builder completed(@Nullable Long completed) {
				this.completed = completed;
				return this;
			}

			/**
			 * Number of requests that have failed.
			 * @param failed the value (required)
			 * @return this builder
			 */
			public Builder failed(@Nullable Long failed) {
				this.failed = failed;
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
			public RequestCounts build() {
				return new RequestCounts(Objects.requireNonNull(this.total, "'total' is required"),
						Objects.requireNonNull(this.completed, "'completed' is required"),
						Objects.requireNonNull(this.failed, "'failed' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link RequestCounts} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<RequestCounts> {

			Reader() {
				super(RequestCounts.class, "total", "completed", "failed");
			}

			@Override
			protected RequestCounts create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new RequestCounts((Long) values[0], (Long) values[1], (Long) values[2], additionalProperties);
			}

		}

		/**
		 * Writes a {@link RequestCounts} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<RequestCounts> {

			Writer() {
				super(RequestCounts.class, "total", "completed", "failed");
			}

			@Override
			protected @Nullable Object value(RequestCounts record, int index) {
				return switch (index) {
					case 0 -> record.total();
					case 1 -> record.completed();
					case 2 -> record.failed();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(RequestCounts record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Represents token usage details including input tokens, output tokens, a breakdown
	 * of output tokens, and the total tokens used. Only populated on batches created
	 * after September 7, 2025.
	 *
	 * @param inputTokens The number of input tokens.
	 * @param inputTokensDetails A detailed breakdown of the input tokens.
	 * @param outputTokens The number of output tokens.
	 * @param outputTokensDetails A detailed breakdown of the output tokens.
	 * @param totalTokens The total number of tokens used.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Usage.Reader.class)
	public static record Usage(@JsonProperty("input_tokens") Long inputTokens,
			@JsonProperty("input_tokens_details") Usage.InputTokensDetails inputTokensDetails,
			@JsonProperty("output_tokens") Long outputTokens,
			@JsonProperty("output_tokens_details") Usage.OutputTokensDetails outputTokensDetails,
			@JsonProperty("total_tokens") Long totalTokens,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Usage}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param inputTokens The number of input tokens.
		 * @param inputTokensDetails A detailed breakdown of the input tokens.
		 * @param outputTokens The number of output tokens.
		 * @param outputTokensDetails A detailed breakdown of the output tokens.
		 * @param totalTokens The total number of tokens used.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Usage {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Usage}.
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
		 * A detailed breakdown of the input tokens.
		 *
		 * @param cachedTokens The number of tokens that were retrieved from the cache.
		 * <a href="https://platform.openai.com/docs/guides/prompt-caching">More on prompt
		 * caching</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = InputTokensDetails.Reader.class)
		public static record InputTokensDetails(@JsonProperty("cached_tokens") Long cachedTokens,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link InputTokensDetails}; {@code additionalProperties} becomes
			 * an unmodifiable copy, empty for null.
			 * @param cachedTokens The number of tokens that were retrieved from the
			 * cache.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public InputTokensDetails {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link InputTokensDetails}.
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
			 * Builds a {@link InputTokensDetails}.
			 */
			public static final class Builder {

				private @Nullable Long cachedTokens;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(InputTokensDetails source) {
					this.cachedTokens = source.cachedTokens();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The number of tokens that were retrieved from the cache.
				 * @param cachedTokens the value (required)
				 * @return this builder
				 */
				public Builder cachedTokens(@Nullable Long cachedTokens) {
					this.cachedTokens = cachedTokens;
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
				public InputTokensDetails build() {
					return new InputTokensDetails(
							Objects.requireNonNull(this.cachedTokens, "'cachedTokens' is required"),
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link InputTokensDetails} from the parser's tokens; Jackson
			 * creates it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<InputTokensDetails> {

				Reader() {
					super(InputTokensDetails.class, "cached_tokens");
				}

				@Override
				protected InputTokensDetails create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new InputTokensDetails((Long) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link InputTokensDetails} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<InputTokensDetails> {

				Writer() {
					super(InputTokensDetails.class, "cached_tokens");
				}

				@Override
				protected @Nullable Object value(InputTokensDetails record, int index) {
					return switch (index) {
						case 0 -> record.cachedTokens();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(InputTokensDetails record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * A detailed breakdown of the output tokens.
		 *
		 * @param reasoningTokens The number of reasoning tokens.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = OutputTokensDetails.Reader.class)
		public static record OutputTokensDetails(@JsonProperty("reasoning_tokens") Long reasoningTokens,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link OutputTokensDetails}; {@code additionalProperties} becomes
			 * an unmodifiable copy, empty for null.
			 * @param reasoningTokens The number of reasoning tokens.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public OutputTokensDetails {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link OutputTokensDetails}.
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
			 * Builds a {@link OutputTokensDetails}.
			 */
			public static final class Builder {

				private @Nullable Long reasoningTokens;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(OutputTokensDetails source) {
					this.reasoningTokens = source.reasoningTokens();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The number of reasoning tokens.
				 * @param reasoningTokens the value (required)
				 * @return this builder
				 */
				public Builder reasoningTokens(@Nullable Long reasoningTokens) {
					this.reasoningTokens = reasoningTokens;
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
				public OutputTokensDetails build() {
					return new OutputTokensDetails(
							Objects.requireNonNull(this.reasoningTokens, "'reasoningTokens' is required"),
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link OutputTokensDetails} from the parser's tokens; Jackson
			 * creates it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<OutputTokensDetails> {

				Reader() {
					super(OutputTokensDetails.class, "reasoning_tokens");
				}

				@Override
				protected OutputTokensDetails create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new OutputTokensDetails((Long) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link OutputTokensDetails} without reflection; the client's
			 * mapper finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<OutputTokensDetails> {

				Writer() {
					super(OutputTokensDetails.class, "reasoning_tokens");
				}

				@Override
				protected @Nullable Object value(OutputTokensDetails record, int index) {
					return switch (index) {
						case 0 -> record.reasoningTokens();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(OutputTokensDetails record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link Usage}.
		 */
		public static final class Builder {

			private @Nullable Long inputTokens;

			private @Nullable InputTokensDetails inputTokensDetails;

			private @Nullable Long outputTokens;

			private @Nullable OutputTokensDetails outputTokensDetails;

			private @Nullable Long totalTokens;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Usage source) {
				this.inputTokens = source.inputTokens();
				this.inputTokensDetails = source.inputTokensDetails();
				this.outputTokens = source.outputTokens();
				this.outputTokensDetails = source.outputTokensDetails();
				this.totalTokens = source.totalTokens();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The number of input tokens.
			 * @param inputTokens the value (required)
			 * @return this builder
			 */
			public Builder inputTokens(@Nullable Long inputTokens) {
				this.inputTokens = inputTokens;
				return this;
			}

			/**
			 * A detailed breakdown of the input tokens.
			 * @param inputTokensDetails the value (required)
			 * @return this builder
			 */
			public Builder inputTokensDetails(@Nullable InputTokensDetails inputTokensDetails) {
				this.inputTokensDetails = inputTokensDetails;
				return this;
			}

			/**
			 * The number of output tokens.
			 * @param outputTokens the value (required)
			 * @return this builder
			 */
			public Builder outputTokens(@Nullable Long outputTokens) {
				this.outputTokens = outputTokens;
				return this;
			}

			/**
			 * A detailed breakdown of the output tokens.
			 * @param outputTokensDetails the value (required)
			 * @return this builder
			 */
			public Builder outputTokensDetails(@Nullable OutputTokensDetails outputTokensDetails) {
				this.outputTokensDetails = outputTokensDetails;
				return this;
			}

			/**
			 * The total number of tokens used.
			 * @param totalTokens the value (required)
			 * @return this builder
			 */
			public Builder totalTokens(@Nullable Long totalTokens) {
				this.totalTokens = totalTokens;
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
			public Usage build() {
				return new Usage(Objects.requireNonNull(this.inputTokens, "'inputTokens' is required"),
						Objects.requireNonNull(this.inputTokensDetails, "'inputTokensDetails' is required"),
						Objects.requireNonNull(this.outputTokens, "'outputTokens' is required"),
						Objects.requireNonNull(this.outputTokensDetails, "'outputTokensDetails' is required"),
						Objects.requireNonNull(this.totalTokens, "'totalTokens' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Usage} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Usage> {

			Reader() {
				super(Usage.class, "input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details",
						"total_tokens");
			}

			@Override
			protected Usage create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Usage((Long) values[0], (InputTokensDetails) values[1], (Long) values[2],
						(OutputTokensDetails) values[3], (Long) values[4], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Usage} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Usage> {

			Writer() {
				super(Usage.class, "input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details",
						"total_tokens");
			}

			@Override
			protected @Nullable Object value(Usage record, int index) {
				return switch (index) {
					case 0 -> record.inputTokens();
					case 1 -> record.inputTokensDetails();
					case 2 -> record.outputTokens();
					case 3 -> record.outputTokensDetails();
					case 4 -> record.totalTokens();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Usage record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link Batch}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable String endpoint;

		private @Nullable String model;

		private @Nullable Errors errors;

		private @Nullable String inputFileId;

		private @Nullable String completionWindow;

		private @Nullable Status status;

		private @Nullable String outputFileId;

		private @Nullable String errorFileId;

		private @Nullable Long createdAt;

		private @Nullable Long inProgressAt;

		private @Nullable Long expiresAt;

		private @Nullable Long finalizingAt;

		private @Nullable Long completedAt;

		private @Nullable Long failedAt;

		private @Nullable Long expiredAt;

		private @Nullable Long cancellingAt;

		private @Nullable Long cancelledAt;

		private @Nullable RequestCounts requestCounts;

		private @Nullable Usage usage;

		private @Nullable Map<String, String> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "batch";
		}

		private Builder(Batch source) {
			this.id = source.id();
			this.object = source.object();
			this.endpoint = source.endpoint();
			this.model = source.model();
			this.errors = source.errors();
			this.inputFileId = source.inputFileId();
			this.completionWindow = source.completionWindow();
			this.status = source.status();
			this.outputFileId = source.outputFileId();
			this.errorFileId = source.errorFileId();
			this.createdAt = source.createdAt();
			this.inProgressAt = source.inProgressAt();
			this.expiresAt = source.expiresAt();
			this.finalizingAt = source.finalizingAt();
			this.completedAt = source.completedAt();
			this.failedAt = source.failedAt();
			this.expiredAt = source.expiredAt();
			this.cancellingAt = source.cancellingAt();
			this.cancelledAt = source.cancelledAt();
			this.requestCounts = source.requestCounts();
			this.usage = source.usage();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A string (the API description says no more).
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The OpenAI API endpoint used by the batch.
		 * @param endpoint the value (required)
		 * @return this builder
		 */
		public Builder endpoint(@Nullable String endpoint) {
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * Model ID used to process the batch, like {@code gpt-5-2025-08-07}.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.Batch.Errors} (the API description says no
		 * more).
		 * @param errors the value
		 * @return this builder
		 */
		public Builder errors(@Nullable Errors errors) {
			this.errors = errors;
			return this;
		}

		/**
		 * The ID of the input file for the batch.
		 * @param inputFileId the value (required)
		 * @return this builder
		 */
		public Builder inputFileId(@Nullable String inputFileId) {
			this.inputFileId = inputFileId;
			return this;
		}

		/**
		 * The time frame within which the batch should be processed.
		 * @param completionWindow the value (required)
		 * @return this builder
		 */
		public Builder completionWindow(@Nullable String completionWindow) {
			this.completionWindow = completionWindow;
			return this;
		}

		/**
		 * The current status of the batch.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The current status of the batch.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * The ID of the file containing the outputs of successfully executed requests.
		 * @param outputFileId the value
		 * @return this builder
		 */
		public Builder outputFileId(@Nullable String outputFileId) {
			this.outputFileId = outputFileId;
			return this;
		}

		/**
		 * The ID of the file containing the outputs of requests with errors.
		 * @param errorFileId the value
		 * @return this builder
		 */
		public Builder errorFileId(@Nullable String errorFileId) {
			this.errorFileId = errorFileId;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the batch was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the batch started processing.
		 * @param inProgressAt the value
		 * @return this builder
		 */
		public Builder inProgressAt(@Nullable Long inProgressAt) {
			this.inProgressAt = inProgressAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the batch will expire.
		 * @param expiresAt the value
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Long expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the batch started finalizing.
		 * @param finalizingAt the value
		 * @return this builder
		 */
		public Builder finalizingAt(@Nullable Long finalizingAt) {
			this.finalizingAt = finalizingAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the batch was completed.
		 * @param completedAt the value
		 * @return this builder
		 */
		public Builder completedAt(@Nullable Long completedAt) {
			this.completedAt = completedAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the batch failed.
		 * @param failedAt the value
		 * @return this builder
		 */
		public Builder failedAt(@Nullable Long failedAt) {
			this.failedAt = failedAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the batch expired.
		 * @param expiredAt the value
		 * @return this builder
		 */
		public Builder expiredAt(@Nullable Long expiredAt) {
			this.expiredAt = expiredAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the batch started cancelling.
		 * @param cancellingAt the value
		 * @return this builder
		 */
		public Builder cancellingAt(@Nullable Long cancellingAt) {
			this.cancellingAt = cancellingAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the batch was cancelled.
		 * @param cancelledAt the value
		 * @return this builder
		 */
		public Builder cancelledAt(@Nullable Long cancelledAt) {
			this.cancelledAt = cancelledAt;
			return this;
		}

		/**
		 * The request counts for different statuses within the batch.
		 * @param requestCounts the value
		 * @return this builder
		 */
		public Builder requestCounts(@Nullable RequestCounts requestCounts) {
			this.requestCounts = requestCounts;
			return this;
		}

		/**
		 * Represents token usage details including input tokens, output tokens, a
		 * breakdown of output tokens, and the total tokens used.
		 * @param usage the value
		 * @return this builder
		 */
		public Builder usage(@Nullable Usage usage) {
			this.usage = usage;
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
		public Batch build() {
			return new Batch(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.endpoint, "'endpoint' is required"), this.model, this.errors,
					Objects.requireNonNull(this.inputFileId, "'inputFileId' is required"),
					Objects.requireNonNull(this.completionWindow, "'completionWindow' is required"),
					Objects.requireNonNull(this.status, "'status' is required"), this.outputFileId, this.errorFileId,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.inProgressAt,
					this.expiresAt, this.finalizingAt, this.completedAt, this.failedAt, this.expiredAt,
					this.cancellingAt, this.cancelledAt, this.requestCounts, this.usage,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Batch} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Batch> {

		Reader() {
			super(Batch.class, "id", "object", "endpoint", "model", "errors", "input_file_id", "completion_window",
					"status", "output_file_id", "error_file_id", "created_at", "in_progress_at", "expires_at",
					"finalizing_at", "completed_at", "failed_at", "expired_at", "cancelling_at", "cancelled_at",
					"request_counts", "usage", "metadata");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 7 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected Batch create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Batch((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					(Errors) values[4], (String) values[5], (String) values[6], (Status) values[7], (String) values[8],
					(String) values[9], (Long) values[10], (Long) values[11], (Long) values[12], (Long) values[13],
					(Long) values[14], (Long) values[15], (Long) values[16], (Long) values[17], (Long) values[18],
					(RequestCounts) values[19], (Usage) values[20], (Map<String, String>) values[21],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link Batch} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Batch> {

		Writer() {
			super(Batch.class, "id", "object", "endpoint", "model", "errors", "input_file_id", "completion_window",
					"status", "output_file_id", "error_file_id", "created_at", "in_progress_at", "expires_at",
					"finalizing_at", "completed_at", "failed_at", "expired_at", "cancelling_at", "cancelled_at",
					"request_counts", "usage", "metadata");
		}

		@Override
		protected @Nullable Object value(Batch record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.endpoint();
				case 3 -> record.model();
				case 4 -> record.errors();
				case 5 -> record.inputFileId();
				case 6 -> record.completionWindow();
				case 7 -> record.status();
				case 8 -> record.outputFileId();
				case 9 -> record.errorFileId();
				case 10 -> record.createdAt();
				case 11 -> record.inProgressAt();
				case 12 -> record.expiresAt();
				case 13 -> record.finalizingAt();
				case 14 -> record.completedAt();
				case 15 -> record.failedAt();
				case 16 -> record.expiredAt();
				case 17 -> record.cancellingAt();
				case 18 -> record.cancelledAt();
				case 19 -> record.requestCounts();
				case 20 -> record.usage();
				case 21 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Batch record) {
			return record.additionalProperties();
		}

	}
}

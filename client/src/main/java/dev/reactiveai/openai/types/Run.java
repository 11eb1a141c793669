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
 * Represents an execution run on a
 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
 *
 * @param id The identifier, which can be referenced in API endpoints.
 * @param object The object type, which is always {@code thread.run}.
 * @param createdAt The Unix timestamp (in seconds) for when the run was created.
 * @param threadId The ID of the
 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> that was
 * executed on as a part of this run.
 * @param assistantId The ID of the
 * <a href="https://platform.openai.com/docs/api-reference/assistants">assistant</a> used
 * for execution of this run.
 * @param status The status of the run, which can be either {@code queued},
 * {@code in_progress}, {@code requires_action}, {@code cancelling}, {@code cancelled},
 * {@code failed}, {@code completed}, {@code incomplete}, or {@code expired}.
 * @param requiredAction Details on the action required to continue the run. Will be
 * {@code null} if no action is required.
 * @param lastError The last error associated with this run. Will be {@code null} if there
 * are no errors.
 * @param expiresAt The Unix timestamp (in seconds) for when the run will expire.
 * @param startedAt The Unix timestamp (in seconds) for when the run was started.
 * @param cancelledAt The Unix timestamp (in seconds) for when the run was cancelled.
 * @param failedAt The Unix timestamp (in seconds) for when the run failed.
 * @param completedAt The Unix timestamp (in seconds) for when the run was completed.
 * @param incompleteDetails Details on why the run is incomplete. Will be {@code null} if
 * the run is not incomplete.
 * @param model The model that the
 * <a href="https://platform.openai.com/docs/api-reference/assistants">assistant</a> used
 * for this run.
 * @param instructions The instructions that the
 * <a href="https://platform.openai.com/docs/api-reference/assistants">assistant</a> used
 * for this run.
 * @param tools The list of tools that the
 * <a href="https://platform.openai.com/docs/api-reference/assistants">assistant</a> used
 * for this run.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param usage Usage statistics related to the run. This value will be {@code null} if
 * the run is not in a terminal state (i.e. {@code in_progress}, {@code queued}, etc.).
 * @param temperature The sampling temperature used for this run. If not set, defaults to
 * 1.
 * @param topP The nucleus sampling value used for this run. If not set, defaults to 1.
 * @param maxPromptTokens The maximum number of prompt tokens specified to have been used
 * over the course of the run.
 * @param maxCompletionTokens The maximum number of completion tokens specified to have
 * been used over the course of the run.
 * @param truncationStrategy Controls for how a thread will be truncated prior to the run.
 * Use this to control the initial context window of the run.
 * @param toolChoice Controls which (if any) tool is called by the model. {@code none}
 * means the model will not call any tools and instead generates a message. {@code auto}
 * is the default value and means the model can pick between generating a message or
 * calling one or more tools. {@code required} means the model must call one or more tools
 * before responding to the user. Specifying a particular tool like {@code {"type":
 * "file_search"}} or {@code {"type": "function", "function": {"name": "my_function"}}}
 * forces the model to call that tool.
 * @param parallelToolCalls Whether to enable <a href=
 * "https://platform.openai.com/docs/guides/function-calling#configuring-parallel-function-calling">parallel
 * function calling</a> during tool use.
 * @param responseFormat Specifies the format that the model must output. Compatible with
 * <a href="https://platform.openai.com/docs/models#gpt-4o">GPT-4o</a>,
 * <a href="https://platform.openai.com/docs/models#gpt-4-turbo-and-gpt-4">GPT-4
 * Turbo</a>, and all GPT-3.5 Turbo models since {@code gpt-3.5-turbo-1106}.
 * <p>
 * Setting to {@code { "type": "json_schema", "json_schema": {...} }} enables Structured
 * Outputs which ensures the model will match your supplied JSON schema. Learn more in the
 * <a href="https://platform.openai.com/docs/guides/structured-outputs">Structured Outputs
 * guide</a>.
 * <p>
 * Setting to {@code { "type": "json_object" }} enables JSON mode, which ensures the
 * message the model generates is valid JSON.
 * <p>
 * <strong>Important:</strong> when using JSON mode, you <strong>must</strong> also
 * instruct the model to produce JSON yourself via a system or user message. Without this,
 * the model may generate an unending stream of whitespace until the generation reaches
 * the token limit, resulting in a long-running and seemingly "stuck" request. Also note
 * that the message content may be partially cut off if {@code finish_reason="length"},
 * which indicates the generation exceeded {@code max_tokens} or the conversation exceeded
 * the max context length.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Run.Reader.class)
public record Run(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("thread_id") String threadId,
		@JsonProperty("assistant_id") String assistantId, @JsonProperty("status") Run.Status status,
		@JsonProperty("required_action") Run.@Nullable RequiredAction requiredAction,
		@JsonProperty("last_error") Run.@Nullable LastError lastError,
		@JsonProperty("expires_at") @Nullable Long expiresAt, @JsonProperty("started_at") @Nullable Long startedAt,
		@JsonProperty("cancelled_at") @Nullable Long cancelledAt, @JsonProperty("failed_at") @Nullable Long failedAt,
		@JsonProperty("completed_at") @Nullable Long completedAt,
		@JsonProperty("incomplete_details") Run.@Nullable IncompleteDetails incompleteDetails,
		@JsonProperty("model") String model, @JsonProperty("instructions") String instructions,
		@JsonProperty("tools") List<Run.Tool> tools, @JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("usage") @Nullable RunCompletionUsage usage,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("max_prompt_tokens") @Nullable Long maxPromptTokens,
		@JsonProperty("max_completion_tokens") @Nullable Long maxCompletionTokens,
		@JsonProperty("truncation_strategy") TruncationObject truncationStrategy,
		@JsonProperty("tool_choice") AssistantsApiToolChoiceOption toolChoice,
		@JsonProperty("parallel_tool_calls") Boolean parallelToolCalls,
		@JsonProperty("response_format") @Nullable AssistantsApiResponseFormatOption responseFormat,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Run}, filling in {@code object} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param id The identifier, which can be referenced in API endpoints.
	 * @param object The object type, which is always {@code thread.run}.
	 * @param createdAt The Unix timestamp (in seconds) for when the run was created.
	 * @param threadId The ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> that
	 * was executed on as a part of this run.
	 * @param assistantId The ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/assistants">assistant</a>
	 * used for execution of this run.
	 * @param status The status of the run, which can be either {@code queued},
	 * {@code in_progress}, {@code requires_action}, {@code cancelling},
	 * {@code cancelled}, {@code failed}, {@code completed}, {@code incomplete}, or
	 * {@code expired}.
	 * @param requiredAction Details on the action required to continue the run.
	 * @param lastError The last error associated with this run.
	 * @param expiresAt The Unix timestamp (in seconds) for when the run will expire.
	 * @param startedAt The Unix timestamp (in seconds) for when the run was started.
	 * @param cancelledAt The Unix timestamp (in seconds) for when the run was cancelled.
	 * @param failedAt The Unix timestamp (in seconds) for when the run failed.
	 * @param completedAt The Unix timestamp (in seconds) for when the run was completed.
	 * @param incompleteDetails Details on why the run is incomplete.
	 * @param model The model that the
	 * <a href="https://platform.openai.com/docs/api-reference/assistants">assistant</a>
	 * used for this run.
	 * @param instructions The instructions that the
	 * <a href="https://platform.openai.com/docs/api-reference/assistants">assistant</a>
	 * used for this run.
	 * @param tools The list of tools that the
	 * <a href="https://platform.openai.com/docs/api-reference/assistants">assistant</a>
	 * used for this run.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param usage Usage statistics related to the run.
	 * @param temperature The sampling temperature used for this run.
	 * @param topP The nucleus sampling value used for this run.
	 * @param maxPromptTokens The maximum number of prompt tokens specified to have been
	 * used over the course of the run.
	 * @param maxCompletionTokens The maximum number of completion tokens specified to
	 * have been used over the course of the run.
	 * @param truncationStrategy Controls for how a thread will be truncated prior to the
	 * run.
	 * @param toolChoice Controls which (if any) tool is called by the model.
	 * @param parallelToolCalls Whether to enable <a href=
	 * "https://platform.openai.com/docs/guides/function-calling#configuring-parallel-function-calling">parallel
	 * function calling</a> during tool use.
	 * @param responseFormat Specifies the format that the model must output.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Run {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Run}.
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
	 * The status of the run, which can be either {@code queued}, {@code in_progress},
	 * {@code requires_action}, {@code cancelling}, {@code cancelled}, {@code failed},
	 * {@code completed}, {@code incomplete}, or {@code expired}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code queued}.
		 */
		public static final Status QUEUED = new Status("queued");

		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * The value {@code requires_action}.
		 */
		public static final Status REQUIRES_ACTION = new Status("requires_action");

		/**
		 * The value {@code cancelling}.
		 */
		public static final Status CANCELLING = new Status("cancelling");

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
		 * The value {@code incomplete}.
		 */
		public static final Status INCOMPLETE = new Status("incomplete");

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
				case "queued" -> QUEUED;
				case "in_progress" -> IN_PROGRESS;
				case "requires_action" -> REQUIRES_ACTION;
				case "cancelling" -> CANCELLING;
				case "cancelled" -> CANCELLED;
				case "failed" -> FAILED;
				case "completed" -> COMPLETED;
				case "incomplete" -> INCOMPLETE;
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
				case "queued", "in_progress", "requires_action", "cancelling", "cancelled", "failed", "completed",
						"incomplete", "expired" ->
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
	 * Details on the action required to continue the run. Will be {@code null} if no
	 * action is required.
	 *
	 * @param type For now, this is always {@code submit_tool_outputs}.
	 * @param submitToolOutputs Details on the tool outputs needed for this run to
	 * continue.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = RequiredAction.Reader.class)
	public static record RequiredAction(@JsonProperty("type") String type,
			@JsonProperty("submit_tool_outputs") RequiredAction.SubmitToolOutputs submitToolOutputs,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link RequiredAction}, filling in {@code type} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param type For now, this is always {@code submit_tool_outputs}.
		 * @param submitToolOutputs Details on the tool outputs needed for this run to
		 * continue.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public RequiredAction {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link RequiredAction}.
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
		 * Details on the tool outputs needed for this run to continue.
		 *
		 * @param toolCalls A list of the relevant tool calls.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = SubmitToolOutputs.Reader.class)
		public static record SubmitToolOutputs(@JsonProperty("tool_calls") List<RunToolCallObject> toolCalls,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link SubmitToolOutputs}; {@code additionalProperties} becomes
			 * an unmodifiable copy, empty for null.
			 * @param toolCalls A list of the relevant tool calls.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public SubmitToolOutputs {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link SubmitToolOutputs}.
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
			 * Builds a {@link SubmitToolOutputs}.
			 */
			public static final class Builder {

				private @Nullable List<RunToolCallObject> toolCalls;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(SubmitToolOutputs source) {
					this.toolCalls = (source.toolCalls() != null) ? new ArrayList<>(source.toolCalls()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * A list of the relevant tool calls.
				 * <p>
				 * Takes a copy of the list.
				 * @param toolCalls the value (required)
				 * @return this builder
				 */
				public Builder toolCalls(@Nullable List<RunToolCallObject> toolCalls) {
					this.toolCalls = (toolCalls != null) ? new ArrayList<>(toolCalls) : null;
					return this;
				}

				/**
				 * A list of the relevant tool calls.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param toolCall the item to add
				 * @return this builder
				 */
				public Builder addToolCall(RunToolCallObject toolCall) {
					Objects.requireNonNull(toolCall, "'toolCall' must not be null");
					if (this.toolCalls == null) {
						this.toolCalls = new ArrayList<>();
					}
					this.toolCalls.add(toolCall);
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
				public SubmitToolOutputs build() {
					return new SubmitToolOutputs(
							Collections.unmodifiableList(
									new ArrayList<>(Objects.requireNonNull(this.toolCalls, "'toolCalls' is required"))),
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link SubmitToolOutputs} from the parser's tokens; Jackson creates
			 * it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<SubmitToolOutputs> {

				Reader() {
					super(SubmitToolOutputs.class, "tool_calls");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected SubmitToolOutputs create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new SubmitToolOutputs((List<RunToolCallObject>) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link SubmitToolOutputs} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<SubmitToolOutputs> {

				Writer() {
					super(SubmitToolOutputs.class, "tool_calls");
				}

				@Override
				protected @Nullable Object value(SubmitToolOutputs record, int index) {
					return switch (index) {
						case 0 -> record.toolCalls();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(SubmitToolOutputs record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link RequiredAction}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable SubmitToolOutputs submitToolOutputs;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "submit_tool_outputs";
			}

			private Builder(RequiredAction source) {
				this.type = source.type();
				this.submitToolOutputs = source.submitToolOutputs();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Details on the tool outputs needed for this run to continue.
			 * @param submitToolOutputs the value (required)
			 * @return this builder
			 */
			public Builder submitToolOutputs(@Nullable SubmitToolOutputs submitToolOutputs) {
				this.submitToolOutputs = submitToolOutputs;
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
			public RequiredAction build() {
				return new RequiredAction(this.type,
						Objects.requireNonNull(this.submitToolOutputs, "'submitToolOutputs' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link RequiredAction} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<RequiredAction> {

			Reader() {
				super(RequiredAction.class, "type", "submit_tool_outputs");
			}

			@Override
			protected RequiredAction create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new RequiredAction((String) values[0], (SubmitToolOutputs) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link RequiredAction} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<RequiredAction> {

			Writer() {
				super(RequiredAction.class, "type", "submit_tool_outputs");
			}

			@Override
			protected @Nullable Object value(RequiredAction record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.submitToolOutputs();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(RequiredAction record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The last error associated with this run. Will be {@code null} if there are no
	 * errors.
	 *
	 * @param code One of {@code server_error}, {@code rate_limit_exceeded}, or
	 * {@code invalid_prompt}.
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
		 * @param code One of {@code server_error}, {@code rate_limit_exceeded}, or
		 * {@code invalid_prompt}.
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
		 * One of {@code server_error}, {@code rate_limit_exceeded}, or
		 * {@code invalid_prompt}.
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
			 * The value {@code invalid_prompt}.
			 */
			public static final Code INVALID_PROMPT = new Code("invalid_prompt");

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
					case "invalid_prompt" -> INVALID_PROMPT;
					default -> new Code(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "server_error", "rate_limit_exceeded", "invalid_prompt" -> true;
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
			 * One of {@code server_error}, {@code rate_limit_exceeded}, or
			 * {@code invalid_prompt}.
			 * @param code the value (required)
			 * @return this builder
			 */
			public Builder code(@Nullable Code code) {
				this.code = code;
				return this;
			}

			/**
			 * One of {@code server_error}, {@code rate_limit_exceeded}, or
			 * {@code invalid_prompt}.
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
	 * Details on why the run is incomplete. Will be {@code null} if the run is not
	 * incomplete.
	 *
	 * @param reason The reason why the run is incomplete. This will point to which
	 * specific token limit was reached over the course of the run.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = IncompleteDetails.Reader.class)
	public static record IncompleteDetails(@JsonProperty("reason") IncompleteDetails.@Nullable Reason reason,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link IncompleteDetails}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param reason The reason why the run is incomplete.
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
		 * The reason why the run is incomplete. This will point to which specific token
		 * limit was reached over the course of the run.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Reason(@JsonValue String value) {
			/**
			 * The value {@code max_completion_tokens}.
			 */
			public static final Reason MAX_COMPLETION_TOKENS = new Reason("max_completion_tokens");

			/**
			 * The value {@code max_prompt_tokens}.
			 */
			public static final Reason MAX_PROMPT_TOKENS = new Reason("max_prompt_tokens");

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
					case "max_completion_tokens" -> MAX_COMPLETION_TOKENS;
					case "max_prompt_tokens" -> MAX_PROMPT_TOKENS;
					default -> new Reason(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "max_completion_tokens", "max_prompt_tokens" -> true;
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
			 * The reason why the run is incomplete.
			 * @param reason the value
			 * @return this builder
			 */
			public Builder reason(@Nullable Reason reason) {
				this.reason = reason;
				return this;
			}

			/**
			 * The reason why the run is incomplete.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
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
				return new IncompleteDetails(this.reason, this.additionalProperties);
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
	 * An item of a {@link Run}'s {@code tools}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Tool.Deserializer.class)
	public sealed interface Tool
			permits AssistantToolsCode, AssistantToolsFileSearch, AssistantToolsFunction, Tool.Unknown {

		/**
		 * A {@link Tool} that this version of the client does not recognize, kept as it
		 * came.
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
					.object(AssistantToolsFileSearch.class,
							VariantShape.declaring("type", "file_search")
								.requiring("type")
								.values("type", "file_search"))
					.object(AssistantToolsFunction.class,
							VariantShape.declaring("type", "function")
								.requiring("type", "function")
								.values("type", "function")));
			}

		}

	}

	/**
	 * Builds a {@link Run}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String threadId;

		private @Nullable String assistantId;

		private @Nullable Status status;

		private @Nullable RequiredAction requiredAction;

		private @Nullable LastError lastError;

		private @Nullable Long expiresAt;

		private @Nullable Long startedAt;

		private @Nullable Long cancelledAt;

		private @Nullable Long failedAt;

		private @Nullable Long completedAt;

		private @Nullable IncompleteDetails incompleteDetails;

		private @Nullable String model;

		private @Nullable String instructions;

		private @Nullable List<Tool> tools;

		private @Nullable Map<String, String> metadata;

		private @Nullable RunCompletionUsage usage;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable Long maxPromptTokens;

		private @Nullable Long maxCompletionTokens;

		private @Nullable TruncationObject truncationStrategy;

		private @Nullable AssistantsApiToolChoiceOption toolChoice;

		private @Nullable Boolean parallelToolCalls;

		private @Nullable AssistantsApiResponseFormatOption responseFormat;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "thread.run";
		}

		private Builder(Run source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.threadId = source.threadId();
			this.assistantId = source.assistantId();
			this.status = source.status();
			this.requiredAction = source.requiredAction();
			this.lastError = source.lastError();
			this.expiresAt = source.expiresAt();
			this.startedAt = source.startedAt();
			this.cancelledAt = source.cancelledAt();
			this.failedAt = source.failedAt();
			this.completedAt = source.completedAt();
			this.incompleteDetails = source.incompleteDetails();
			this.model = source.model();
			this.instructions = source.instructions();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.usage = source.usage();
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.maxPromptTokens = source.maxPromptTokens();
			this.maxCompletionTokens = source.maxCompletionTokens();
			this.truncationStrategy = source.truncationStrategy();
			this.toolChoice = source.toolChoice();
			this.parallelToolCalls = source.parallelToolCalls();
			this.responseFormat = source.responseFormat();
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
		 * The Unix timestamp (in seconds) for when the run was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The ID of the
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>
		 * that was executed on as a part of this run.
		 * @param threadId the value (required)
		 * @return this builder
		 */
		public Builder threadId(@Nullable String threadId) {
			this.threadId = threadId;
			return this;
		}

		/**
		 * The ID of the <a href=
		 * "https://platform.openai.com/docs/api-reference/assistants">assistant</a> used
		 * for execution of this run.
		 * @param assistantId the value (required)
		 * @return this builder
		 */
		public Builder assistantId(@Nullable String assistantId) {
			this.assistantId = assistantId;
			return this;
		}

		/**
		 * The status of the run, which can be either {@code queued}, {@code in_progress},
		 * {@code requires_action}, {@code cancelling}, {@code cancelled}, {@code failed},
		 * {@code completed}, {@code incomplete}, or {@code expired}.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the run, which can be either {@code queued}, {@code in_progress},
		 * {@code requires_action}, {@code cancelling}, {@code cancelled}, {@code failed},
		 * {@code completed}, {@code incomplete}, or {@code expired}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * Details on the action required to continue the run.
		 * @param requiredAction the value
		 * @return this builder
		 */
		public Builder requiredAction(@Nullable RequiredAction requiredAction) {
			this.requiredAction = requiredAction;
			return this;
		}

		/**
		 * The last error associated with this run.
		 * @param lastError the value
		 * @return this builder
		 */
		public Builder lastError(@Nullable LastError lastError) {
			this.lastError = lastError;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the run will expire.
		 * @param expiresAt the value
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Long expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the run was started.
		 * @param startedAt the value
		 * @return this builder
		 */
		public Builder startedAt(@Nullable Long startedAt) {
			this.startedAt = startedAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the run was cancelled.
		 * @param cancelledAt the value
		 * @return this builder
		 */
		public Builder cancelledAt(@Nullable Long cancelledAt) {
			this.cancelledAt = cancelledAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the run failed.
		 * @param failedAt the value
		 * @return this builder
		 */
		public Builder failedAt(@Nullable Long failedAt) {
			this.failedAt = failedAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the run was completed.
		 * @param completedAt the value
		 * @return this builder
		 */
		public Builder completedAt(@Nullable Long completedAt) {
			this.completedAt = completedAt;
			return this;
		}

		/**
		 * Details on why the run is incomplete.
		 * @param incompleteDetails the value
		 * @return this builder
		 */
		public Builder incompleteDetails(@Nullable IncompleteDetails incompleteDetails) {
			this.incompleteDetails = incompleteDetails;
			return this;
		}

		/**
		 * The model that the <a href=
		 * "https://platform.openai.com/docs/api-reference/assistants">assistant</a> used
		 * for this run.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * The instructions that the <a href=
		 * "https://platform.openai.com/docs/api-reference/assistants">assistant</a> used
		 * for this run.
		 * @param instructions the value (required)
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * The list of tools that the <a href=
		 * "https://platform.openai.com/docs/api-reference/assistants">assistant</a> used
		 * for this run.
		 * <p>
		 * Takes a copy of the list.
		 * @param tools the value (required)
		 * @return this builder
		 */
		public Builder tools(@Nullable List<? extends Tool> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		/**
		 * The list of tools that the <a href=
		 * "https://platform.openai.com/docs/api-reference/assistants">assistant</a> used
		 * for this run.
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
		 * Usage statistics related to the run.
		 * @param usage the value
		 * @return this builder
		 */
		public Builder usage(@Nullable RunCompletionUsage usage) {
			this.usage = usage;
			return this;
		}

		/**
		 * The sampling temperature used for this run.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * The nucleus sampling value used for this run.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * The maximum number of prompt tokens specified to have been used over the course
		 * of the run.
		 * @param maxPromptTokens the value
		 * @return this builder
		 */
		public Builder maxPromptTokens(@Nullable Long maxPromptTokens) {
			this.maxPromptTokens = maxPromptTokens;
			return this;
		}

		/**
		 * The maximum number of completion tokens specified to have been used over the
		 * course of the run.
		 * @param maxCompletionTokens the value
		 * @return this builder
		 */
		public Builder maxCompletionTokens(@Nullable Long maxCompletionTokens) {
			this.maxCompletionTokens = maxCompletionTokens;
			return this;
		}

		/**
		 * Controls for how a thread will be truncated prior to the run.
		 * @param truncationStrategy the value (required)
		 * @return this builder
		 */
		public Builder truncationStrategy(@Nullable TruncationObject truncationStrategy) {
			this.truncationStrategy = truncationStrategy;
			return this;
		}

		/**
		 * Controls which (if any) tool is called by the model.
		 * @param toolChoice the value (required)
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable AssistantsApiToolChoiceOption toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Controls which (if any) tool is called by the model.
		 * <p>
		 * Takes the value of a {@link AssistantsApiToolChoiceOption.ItemValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder toolChoice(AssistantsApiToolChoiceOption.Item value) {
			return toolChoice(new AssistantsApiToolChoiceOption.ItemValue(value));
		}

		/**
		 * Whether to enable <a href=
		 * "https://platform.openai.com/docs/guides/function-calling#configuring-parallel-function-calling">parallel
		 * function calling</a> during tool use.
		 * @param parallelToolCalls the value (required)
		 * @return this builder
		 */
		public Builder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
			this.parallelToolCalls = parallelToolCalls;
			return this;
		}

		/**
		 * Specifies the format that the model must output.
		 * @param responseFormat the value
		 * @return this builder
		 */
		public Builder responseFormat(@Nullable AssistantsApiResponseFormatOption responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * Specifies the format that the model must output.
		 * <p>
		 * Takes the value of a {@link AssistantsApiResponseFormatOption.AutoValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder responseFormat(AssistantsApiResponseFormatOption.Auto value) {
			return responseFormat(new AssistantsApiResponseFormatOption.AutoValue(value));
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
		public Run build() {
			return new Run(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.threadId, "'threadId' is required"),
					Objects.requireNonNull(this.assistantId, "'assistantId' is required"),
					Objects.requireNonNull(this.status, "'status' is required"), this.requiredAction, this.lastError,
					this.expiresAt, this.startedAt, this.cancelledAt, this.failedAt, this.completedAt,
					this.incompleteDetails, Objects.requireNonNull(this.model, "'model' is required"),
					Objects.requireNonNull(this.instructions, "'instructions' is required"),
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.tools, "'tools' is required"))),
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.usage, this.temperature, this.topP, this.maxPromptTokens, this.maxCompletionTokens,
					Objects.requireNonNull(this.truncationStrategy, "'truncationStrategy' is required"),
					Objects.requireNonNull(this.toolChoice, "'toolChoice' is required"),
					Objects.requireNonNull(this.parallelToolCalls, "'parallelToolCalls' is required"),
					this.responseFormat, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Run} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Run> {

		Reader() {
			super(Run.class, "id", "object", "created_at", "thread_id", "assistant_id", "status", "required_action",
					"last_error", "expires_at", "started_at", "cancelled_at", "failed_at", "completed_at",
					"incomplete_details", "model", "instructions", "tools", "metadata", "usage", "temperature", "top_p",
					"max_prompt_tokens", "max_completion_tokens", "truncation_strategy", "tool_choice",
					"parallel_tool_calls", "response_format");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 5 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected Run create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Run((String) values[0], (String) values[1], (Long) values[2], (String) values[3],
					(String) values[4], (Status) values[5], (RequiredAction) values[6], (LastError) values[7],
					(Long) values[8], (Long) values[9], (Long) values[10], (Long) values[11], (Long) values[12],
					(IncompleteDetails) values[13], (String) values[14], (String) values[15], (List<Tool>) values[16],
					(Map<String, String>) values[17], (RunCompletionUsage) values[18], (Double) values[19],
					(Double) values[20], (Long) values[21], (Long) values[22], (TruncationObject) values[23],
					(AssistantsApiToolChoiceOption) values[24], (Boolean) values[25],
					(AssistantsApiResponseFormatOption) values[26], additionalProperties);
		}

	}

	/**
	 * Writes a {@link Run} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Run> {

		Writer() {
			super(Run.class, "id", "object", "created_at", "thread_id", "assistant_id", "status", "required_action",
					"last_error", "expires_at", "started_at", "cancelled_at", "failed_at", "completed_at",
					"incomplete_details", "model", "instructions", "tools", "metadata", "usage", "temperature", "top_p",
					"max_prompt_tokens", "max_completion_tokens", "truncation_strategy", "tool_choice",
					"parallel_tool_calls", "response_format");
		}

		@Override
		protected @Nullable Object value(Run record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.createdAt();
				case 3 -> record.threadId();
				case 4 -> record.assistantId();
				case 5 -> record.status();
				case 6 -> record.requiredAction();
				case 7 -> record.lastError();
				case 8 -> record.expiresAt();
				case 9 -> record.startedAt();
				case 10 -> record.cancelledAt();
				case 11 -> record.failedAt();
				case 12 -> record.completedAt();
				case 13 -> record.incompleteDetails();
				case 14 -> record.model();
				case 15 -> record.instructions();
				case 16 -> record.tools();
				case 17 -> record.metadata();
				case 18 -> record.usage();
				case 19 -> record.temperature();
				case 20 -> record.topP();
				case 21 -> record.maxPromptTokens();
				case 22 -> record.maxCompletionTokens();
				case 23 -> record.truncationStrategy();
				case 24 -> record.toolChoice();
				case 25 -> record.parallelToolCalls();
				case 26 -> record.responseFormat();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Run record) {
			return record.additionalProperties();
		}

	}
}

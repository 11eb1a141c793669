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
 * @param assistantId The ID of the [assistant](/docs/api-reference/assistants) to use to
 * execute this run.
 * @param thread Options to create a new thread.
 * @param model The ID of the [Model](/docs/api-reference/models) to be used to execute
 * this run.
 * @param instructions Override the default system message of the assistant.
 * @param tools Override the tools the assistant can use for this run.
 * @param toolResources A set of resources that are used by the assistant's tools.
 * @param metadata the {@code metadata} property
 * @param temperature What sampling temperature to use, between 0 and 2.
 * @param topP An alternative to sampling with temperature, called nucleus sampling, where
 * the model considers the results of the tokens with top_p probability mass.
 * @param stream If `true`, returns a stream of events that happen during the Run as
 * server-sent events, terminating when the Run enters a terminal state with a `data:
 * [DONE]` message.
 * @param maxPromptTokens The maximum number of prompt tokens that may be used over the
 * course of the run.
 * @param maxCompletionTokens The maximum number of completion tokens that may be used
 * over the course of the run.
 * @param truncationStrategy the {@code truncation_strategy} property
 * @param toolChoice the {@code tool_choice} property
 * @param parallelToolCalls Whether to enable [parallel function
 * calling](/docs/guides/function-calling#configuring-parallel-function-calling) during
 * tool use.
 * @param responseFormat Specifies the format that the model must output.
 * @param additionalProperties properties that this version of the client does not know
 */
public record CreateThreadAndRunRequest(@JsonProperty("assistant_id") String assistantId,
		@JsonProperty("thread") @Nullable CreateThreadRequest thread,
		@JsonProperty("model") CreateThreadAndRunRequest.@Nullable Model model,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("tools") @Nullable List<CreateThreadAndRunRequest.ToolsItem> tools,
		@JsonProperty("tool_resources") CreateThreadAndRunRequest.@Nullable ToolResources toolResources,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("stream") @Nullable Boolean stream,
		@JsonProperty("max_prompt_tokens") @Nullable Long maxPromptTokens,
		@JsonProperty("max_completion_tokens") @Nullable Long maxCompletionTokens,
		@JsonProperty("truncation_strategy") @Nullable TruncationObject truncationStrategy,
		@JsonProperty("tool_choice") @Nullable AssistantsApiToolChoiceOption toolChoice,
		@JsonProperty("parallel_tool_calls") @Nullable Boolean parallelToolCalls,
		@JsonProperty("response_format") @Nullable AssistantsApiResponseFormatOption responseFormat,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public CreateThreadAndRunRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link CreateThreadAndRunRequest}.
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
	 * The ID of the [Model](/docs/api-reference/models) to be used to execute this run.
	 * If a value is provided here, it will override the model associated with the
	 * assistant. If not, the model associated with the assistant will be used.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		public static final Model GPT_5 = new Model("gpt-5");

		public static final Model GPT_5_MINI = new Model("gpt-5-mini");

		public static final Model GPT_5_NANO = new Model("gpt-5-nano");

		public static final Model GPT_5_2025_08_07 = new Model("gpt-5-2025-08-07");

		public static final Model GPT_5_MINI_2025_08_07 = new Model("gpt-5-mini-2025-08-07");

		public static final Model GPT_5_NANO_2025_08_07 = new Model("gpt-5-nano-2025-08-07");

		public static final Model GPT_4_1 = new Model("gpt-4.1");

		public static final Model GPT_4_1_MINI = new Model("gpt-4.1-mini");

		public static final Model GPT_4_1_NANO = new Model("gpt-4.1-nano");

		public static final Model GPT_4_1_2025_04_14 = new Model("gpt-4.1-2025-04-14");

		public static final Model GPT_4_1_MINI_2025_04_14 = new Model("gpt-4.1-mini-2025-04-14");

		public static final Model GPT_4_1_NANO_2025_04_14 = new Model("gpt-4.1-nano-2025-04-14");

		public static final Model GPT_4O = new Model("gpt-4o");

		public static final Model GPT_4O_2024_11_20 = new Model("gpt-4o-2024-11-20");

		public static final Model GPT_4O_2024_08_06 = new Model("gpt-4o-2024-08-06");

		public static final Model GPT_4O_2024_05_13 = new Model("gpt-4o-2024-05-13");

		public static final Model GPT_4O_MINI = new Model("gpt-4o-mini");

		public static final Model GPT_4O_MINI_2024_07_18 = new Model("gpt-4o-mini-2024-07-18");

		public static final Model GPT_4_5_PREVIEW = new Model("gpt-4.5-preview");

		public static final Model GPT_4_5_PREVIEW_2025_02_27 = new Model("gpt-4.5-preview-2025-02-27");

		public static final Model GPT_4_TURBO = new Model("gpt-4-turbo");

		public static final Model GPT_4_TURBO_2024_04_09 = new Model("gpt-4-turbo-2024-04-09");

		public static final Model GPT_4_0125_PREVIEW = new Model("gpt-4-0125-preview");

		public static final Model GPT_4_TURBO_PREVIEW = new Model("gpt-4-turbo-preview");

		public static final Model GPT_4_1106_PREVIEW = new Model("gpt-4-1106-preview");

		public static final Model GPT_4_VISION_PREVIEW = new Model("gpt-4-vision-preview");

		public static final Model GPT_4 = new Model("gpt-4");

		public static final Model GPT_4_0314 = new Model("gpt-4-0314");

		public static final Model GPT_4_0613 = new Model("gpt-4-0613");

		public static final Model GPT_4_32K = new Model("gpt-4-32k");

		public static final Model GPT_4_32K_0314 = new Model("gpt-4-32k-0314");

		public static final Model GPT_4_32K_0613 = new Model("gpt-4-32k-0613");

		public static final Model GPT_3_5_TURBO = new Model("gpt-3.5-turbo");

		public static final Model GPT_3_5_TURBO_16K = new Model("gpt-3.5-turbo-16k");

		public static final Model GPT_3_5_TURBO_0613 = new Model("gpt-3.5-turbo-0613");

		public static final Model GPT_3_5_TURBO_1106 = new Model("gpt-3.5-turbo-1106");

		public static final Model GPT_3_5_TURBO_0125 = new Model("gpt-3.5-turbo-0125");

		public static final Model GPT_3_5_TURBO_16K_0613 = new Model("gpt-3.5-turbo-16k-0613");

		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Model of(String value) {
			return switch (value) {
				case "gpt-5" -> GPT_5;
				case "gpt-5-mini" -> GPT_5_MINI;
				case "gpt-5-nano" -> GPT_5_NANO;
				case "gpt-5-2025-08-07" -> GPT_5_2025_08_07;
				case "gpt-5-mini-2025-08-07" -> GPT_5_MINI_2025_08_07;
				case "gpt-5-nano-2025-08-07" -> GPT_5_NANO_2025_08_07;
				case "gpt-4.1" -> GPT_4_1;
				case "gpt-4.1-mini" -> GPT_4_1_MINI;
				case "gpt-4.1-nano" -> GPT_4_1_NANO;
				case "gpt-4.1-2025-04-14" -> GPT_4_1_2025_04_14;
				case "gpt-4.1-mini-2025-04-14" -> GPT_4_1_MINI_2025_04_14;
				case "gpt-4.1-nano-2025-04-14" -> GPT_4_1_NANO_2025_04_14;
				case "gpt-4o" -> GPT_4O;
				case "gpt-4o-2024-11-20" -> GPT_4O_2024_11_20;
				case "gpt-4o-2024-08-06" -> GPT_4O_2024_08_06;
				case "gpt-4o-2024-05-13" -> GPT_4O_2024_05_13;
				case "gpt-4o-mini" -> GPT_4O_MINI;
				case "gpt-4o-mini-2024-07-18" -> GPT_4O_MINI_2024_07_18;
				case "gpt-4.5-preview" -> GPT_4_5_PREVIEW;
				case "gpt-4.5-preview-2025-02-27" -> GPT_4_5_PREVIEW_2025_02_27;
				case "gpt-4-turbo" -> GPT_4_TURBO;
				case "gpt-4-turbo-2024-04-09" -> GPT_4_TURBO_2024_04_09;
				case "gpt-4-0125-preview" -> GPT_4_0125_PREVIEW;
				case "gpt-4-turbo-preview" -> GPT_4_TURBO_PREVIEW;
				case "gpt-4-1106-preview" -> GPT_4_1106_PREVIEW;
				case "gpt-4-vision-preview" -> GPT_4_VISION_PREVIEW;
				case "gpt-4" -> GPT_4;
				case "gpt-4-0314" -> GPT_4_0314;
				case "gpt-4-0613" -> GPT_4_0613;
				case "gpt-4-32k" -> GPT_4_32K;
				case "gpt-4-32k-0314" -> GPT_4_32K_0314;
				case "gpt-4-32k-0613" -> GPT_4_32K_0613;
				case "gpt-3.5-turbo" -> GPT_3_5_TURBO;
				case "gpt-3.5-turbo-16k" -> GPT_3_5_TURBO_16K;
				case "gpt-3.5-turbo-0613" -> GPT_3_5_TURBO_0613;
				case "gpt-3.5-turbo-1106" -> GPT_3_5_TURBO_1106;
				case "gpt-3.5-turbo-0125" -> GPT_3_5_TURBO_0125;
				case "gpt-3.5-turbo-16k-0613" -> GPT_3_5_TURBO_16K_0613;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-5-2025-08-07", "gpt-5-mini-2025-08-07",
						"gpt-5-nano-2025-08-07", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4.1-2025-04-14",
						"gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14", "gpt-4o", "gpt-4o-2024-11-20",
						"gpt-4o-2024-08-06", "gpt-4o-2024-05-13", "gpt-4o-mini", "gpt-4o-mini-2024-07-18",
						"gpt-4.5-preview", "gpt-4.5-preview-2025-02-27", "gpt-4-turbo", "gpt-4-turbo-2024-04-09",
						"gpt-4-0125-preview", "gpt-4-turbo-preview", "gpt-4-1106-preview", "gpt-4-vision-preview",
						"gpt-4", "gpt-4-0314", "gpt-4-0613", "gpt-4-32k", "gpt-4-32k-0314", "gpt-4-32k-0613",
						"gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-3.5-turbo-0613", "gpt-3.5-turbo-1106",
						"gpt-3.5-turbo-0125", "gpt-3.5-turbo-16k-0613" ->
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
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ToolsItem.Deserializer.class)
	public sealed interface ToolsItem
			permits AssistantToolsCode, AssistantToolsFileSearch, AssistantToolsFunction, ToolsItem.Unknown {

		/**
		 * A {@link ToolsItem} that this version of the client does not recognize, kept as
		 * it came.
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
	 * A set of resources that are used by the assistant's tools. The resources are
	 * specific to the type of tool. For example, the `code_interpreter` tool requires a
	 * list of file IDs, while the `file_search` tool requires a list of vector store IDs.
	 *
	 * @param codeInterpreter the {@code code_interpreter} property
	 * @param fileSearch the {@code file_search} property
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record ToolResources(
			@JsonProperty("code_interpreter") ToolResources.@Nullable CodeInterpreter codeInterpreter,
			@JsonProperty("file_search") ToolResources.@Nullable FileSearch fileSearch,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public ToolResources {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ToolResources}.
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
		 * @param fileIds A list of [file](/docs/api-reference/files) IDs made available
		 * to the `code_interpreter` tool.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public static record CodeInterpreter(@JsonProperty("file_ids") @Nullable List<String> fileIds,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			public CodeInterpreter {
				additionalProperties = (additionalProperties != null)
						? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
			}

			/**
			 * A builder of {@link CodeInterpreter}.
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
			 * Builds a {@link CodeInterpreter}.
			 */
			public static final class Builder {

				private @Nullable List<String> fileIds;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(CodeInterpreter source) {
					this.fileIds = source.fileIds();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * Set {@code file_ids}: A list of [file](/docs/api-reference/files) IDs
				 * made available to the `code_interpreter` tool. There can be a maximum
				 * of 20 files associated with the tool.
				 * @param fileIds the value
				 * @return this builder
				 */
				public Builder fileIds(@Nullable List<String> fileIds) {
					this.fileIds = fileIds;
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
				public CodeInterpreter build() {
					return new CodeInterpreter(this.fileIds, this.additionalProperties);
				}

			}
		}

		/**
		 * @param vectorStoreIds The ID of the [vector
		 * store](/docs/api-reference/vector-stores/object) attached to this assistant.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public static record FileSearch(@JsonProperty("vector_store_ids") @Nullable List<String> vectorStoreIds,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			public FileSearch {
				additionalProperties = (additionalProperties != null)
						? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
			}

			/**
			 * A builder of {@link FileSearch}.
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
			 * Builds a {@link FileSearch}.
			 */
			public static final class Builder {

				private @Nullable List<String> vectorStoreIds;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(FileSearch source) {
					this.vectorStoreIds = source.vectorStoreIds();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * Set {@code vector_store_ids}: The ID of the [vector
				 * store](/docs/api-reference/vector-stores/object) attached to this
				 * assistant. There can be a maximum of 1 vector store attached to the
				 * assistant.
				 * @param vectorStoreIds the value
				 * @return this builder
				 */
				public Builder vectorStoreIds(@Nullable List<String> vectorStoreIds) {
					this.vectorStoreIds = vectorStoreIds;
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
				public FileSearch build() {
					return new FileSearch(this.vectorStoreIds, this.additionalProperties);
				}

			}
		}

		/**
		 * Builds a {@link ToolResources}.
		 */
		public static final class Builder {

			private @Nullable CodeInterpreter codeInterpreter;

			private @Nullable FileSearch fileSearch;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ToolResources source) {
				this.codeInterpreter = source.codeInterpreter();
				this.fileSearch = source.fileSearch();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code code_interpreter}.
			 * @param codeInterpreter the value
			 * @return this builder
			 */
			public Builder codeInterpreter(@Nullable CodeInterpreter codeInterpreter) {
				this.codeInterpreter = codeInterpreter;
				return this;
			}

			/**
			 * Set {@code file_search}.
			 * @param fileSearch the value
			 * @return this builder
			 */
			public Builder fileSearch(@Nullable FileSearch fileSearch) {
				this.fileSearch = fileSearch;
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
			public ToolResources build() {
				return new ToolResources(this.codeInterpreter, this.fileSearch, this.additionalProperties);
			}

		}
	}

	/**
	 * Builds a {@link CreateThreadAndRunRequest}.
	 */
	public static final class Builder {

		private @Nullable String assistantId;

		private @Nullable CreateThreadRequest thread;

		private @Nullable Model model;

		private @Nullable String instructions;

		private @Nullable List<ToolsItem> tools;

		private @Nullable ToolResources toolResources;

		private @Nullable Map<String, String> metadata;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable Boolean stream;

		private @Nullable Long maxPromptTokens;

		private @Nullable Long maxCompletionTokens;

		private @Nullable TruncationObject truncationStrategy;

		private @Nullable AssistantsApiToolChoiceOption toolChoice;

		private @Nullable Boolean parallelToolCalls;

		private @Nullable AssistantsApiResponseFormatOption responseFormat;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateThreadAndRunRequest source) {
			this.assistantId = source.assistantId();
			this.thread = source.thread();
			this.model = source.model();
			this.instructions = source.instructions();
			this.tools = source.tools();
			this.toolResources = source.toolResources();
			this.metadata = source.metadata();
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.stream = source.stream();
			this.maxPromptTokens = source.maxPromptTokens();
			this.maxCompletionTokens = source.maxCompletionTokens();
			this.truncationStrategy = source.truncationStrategy();
			this.toolChoice = source.toolChoice();
			this.parallelToolCalls = source.parallelToolCalls();
			this.responseFormat = source.responseFormat();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code assistant_id}: The ID of the
		 * [assistant](/docs/api-reference/assistants) to use to execute this run.
		 * @param assistantId the value (required)
		 * @return this builder
		 */
		public Builder assistantId(@Nullable String assistantId) {
			this.assistantId = assistantId;
			return this;
		}

		/**
		 * Set {@code thread}: Options to create a new thread. If no thread is provided
		 * when running a request, an empty thread will be created.
		 * @param thread the value
		 * @return this builder
		 */
		public Builder thread(@Nullable CreateThreadRequest thread) {
			this.thread = thread;
			return this;
		}

		/**
		 * Set {@code model}: The ID of the [Model](/docs/api-reference/models) to be used
		 * to execute this run. If a value is provided here, it will override the model
		 * associated with the assistant. If not, the model associated with the assistant
		 * will be used.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code model} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * Set {@code instructions}: Override the default system message of the assistant.
		 * This is useful for modifying the behavior on a per-run basis.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * Set {@code tools}: Override the tools the assistant can use for this run. This
		 * is useful for modifying the behavior on a per-run basis.
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<ToolsItem> tools) {
			this.tools = tools;
			return this;
		}

		/**
		 * Set {@code tool_resources}: A set of resources that are used by the assistant's
		 * tools. The resources are specific to the type of tool. For example, the
		 * `code_interpreter` tool requires a list of file IDs, while the `file_search`
		 * tool requires a list of vector store IDs.
		 * @param toolResources the value
		 * @return this builder
		 */
		public Builder toolResources(@Nullable ToolResources toolResources) {
			this.toolResources = toolResources;
			return this;
		}

		/**
		 * Set {@code metadata}.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = metadata;
			return this;
		}

		/**
		 * Set {@code temperature}: What sampling temperature to use, between 0 and 2.
		 * Higher values like 0.8 will make the output more random, while lower values
		 * like 0.2 will make it more focused and deterministic.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Set {@code top_p}: An alternative to sampling with temperature, called nucleus
		 * sampling, where the model considers the results of the tokens with top_p
		 * probability mass. So 0.1 means only the tokens comprising the top 10%
		 * probability mass are considered.
		 *
		 * We generally recommend altering this or temperature but not both.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * Set {@code stream}: If `true`, returns a stream of events that happen during
		 * the Run as server-sent events, terminating when the Run enters a terminal state
		 * with a `data: [DONE]` message.
		 * @param stream the value
		 * @return this builder
		 */
		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
			return this;
		}

		/**
		 * Set {@code max_prompt_tokens}: The maximum number of prompt tokens that may be
		 * used over the course of the run. The run will make a best effort to use only
		 * the number of prompt tokens specified, across multiple turns of the run. If the
		 * run exceeds the number of prompt tokens specified, the run will end with status
		 * `incomplete`. See `incomplete_details` for more info.
		 * @param maxPromptTokens the value
		 * @return this builder
		 */
		public Builder maxPromptTokens(@Nullable Long maxPromptTokens) {
			this.maxPromptTokens = maxPromptTokens;
			return this;
		}

		/**
		 * Set {@code max_completion_tokens}: The maximum number of completion tokens that
		 * may be used over the course of the run. The run will make a best effort to use
		 * only the number of completion tokens specified, across multiple turns of the
		 * run. If the run exceeds the number of completion tokens specified, the run will
		 * end with status `incomplete`. See `incomplete_details` for more info.
		 * @param maxCompletionTokens the value
		 * @return this builder
		 */
		public Builder maxCompletionTokens(@Nullable Long maxCompletionTokens) {
			this.maxCompletionTokens = maxCompletionTokens;
			return this;
		}

		/**
		 * Set {@code truncation_strategy}.
		 * @param truncationStrategy the value
		 * @return this builder
		 */
		public Builder truncationStrategy(@Nullable TruncationObject truncationStrategy) {
			this.truncationStrategy = truncationStrategy;
			return this;
		}

		/**
		 * Set {@code tool_choice}.
		 * @param toolChoice the value
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable AssistantsApiToolChoiceOption toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Set {@code tool_choice} to a {@link AssistantsApiToolChoiceOption.ItemValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder toolChoice(AssistantsApiToolChoiceOption.Item value) {
			return toolChoice(new AssistantsApiToolChoiceOption.ItemValue(value));
		}

		/**
		 * Set {@code parallel_tool_calls}: Whether to enable [parallel function
		 * calling](/docs/guides/function-calling#configuring-parallel-function-calling)
		 * during tool use.
		 * @param parallelToolCalls the value
		 * @return this builder
		 */
		public Builder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
			this.parallelToolCalls = parallelToolCalls;
			return this;
		}

		/**
		 * Set {@code response_format}: Specifies the format that the model must output.
		 * Compatible with [GPT-4o](/docs/models#gpt-4o), [GPT-4
		 * Turbo](/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5 Turbo models since
		 * `gpt-3.5-turbo-1106`.
		 *
		 * Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured
		 * Outputs which ensures the model will match your supplied JSON schema. Learn
		 * more in the [Structured Outputs guide](/docs/guides/structured-outputs).
		 *
		 * Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the
		 * message the model generates is valid JSON.
		 *
		 * **Important:** when using JSON mode, you **must** also instruct the model to
		 * produce JSON yourself via a system or user message. Without this, the model may
		 * generate an unending stream of whitespace until the generation reaches the
		 * token limit, resulting in a long-running and seemingly "stuck" request. Also
		 * note that the message content may be partially cut off if
		 * `finish_reason="length"`, which indicates the generation exceeded `max_tokens`
		 * or the conversation exceeded the max context length.
		 * @param responseFormat the value
		 * @return this builder
		 */
		public Builder responseFormat(@Nullable AssistantsApiResponseFormatOption responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * Set {@code response_format} to a
		 * {@link AssistantsApiResponseFormatOption.ItemValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder responseFormat(AssistantsApiResponseFormatOption.Item value) {
			return responseFormat(new AssistantsApiResponseFormatOption.ItemValue(value));
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
		public CreateThreadAndRunRequest build() {
			return new CreateThreadAndRunRequest(Objects.requireNonNull(this.assistantId, "'assistantId' is required"),
					this.thread, this.model, this.instructions, this.tools, this.toolResources, this.metadata,
					this.temperature, this.topP, this.stream, this.maxPromptTokens, this.maxCompletionTokens,
					this.truncationStrategy, this.toolChoice, this.parallelToolCalls, this.responseFormat,
					this.additionalProperties);
		}

	}
}

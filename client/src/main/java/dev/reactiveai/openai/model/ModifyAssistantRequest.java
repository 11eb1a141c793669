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
 * @param model ID of the model to use.
 * @param reasoningEffort the {@code reasoning_effort} property
 * @param name the {@code name} property
 * @param description the {@code description} property
 * @param instructions the {@code instructions} property
 * @param tools A list of tool enabled on the assistant.
 * @param toolResources the {@code tool_resources} property
 * @param metadata the {@code metadata} property
 * @param temperature the {@code temperature} property
 * @param topP the {@code top_p} property
 * @param responseFormat the {@code response_format} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record ModifyAssistantRequest(@JsonProperty("model") ModifyAssistantRequest.@Nullable Model model,
		@JsonProperty("reasoning_effort") @Nullable ReasoningEffort reasoningEffort,
		@JsonProperty("name") @Nullable String name, @JsonProperty("description") @Nullable String description,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("tools") @Nullable List<ModifyAssistantRequest.ToolsItem> tools,
		@JsonProperty("tool_resources") ModifyAssistantRequest.@Nullable ToolResources toolResources,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("response_format") @Nullable AssistantsApiResponseFormatOption responseFormat,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ModifyAssistantRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ModifyAssistantRequest}.
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
	 * ID of the model to use. You can use the [List
	 * models](/docs/api-reference/models/list) API to see all of your available models,
	 * or see our [Model overview](/docs/models) for descriptions of them.
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

		public static final Model O3_MINI = new Model("o3-mini");

		public static final Model O3_MINI_2025_01_31 = new Model("o3-mini-2025-01-31");

		public static final Model O1 = new Model("o1");

		public static final Model O1_2024_12_17 = new Model("o1-2024-12-17");

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
				case "o3-mini" -> O3_MINI;
				case "o3-mini-2025-01-31" -> O3_MINI_2025_01_31;
				case "o1" -> O1;
				case "o1-2024-12-17" -> O1_2024_12_17;
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
						"gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14", "o3-mini", "o3-mini-2025-01-31", "o1",
						"o1-2024-12-17", "gpt-4o", "gpt-4o-2024-11-20", "gpt-4o-2024-08-06", "gpt-4o-2024-05-13",
						"gpt-4o-mini", "gpt-4o-mini-2024-07-18", "gpt-4.5-preview", "gpt-4.5-preview-2025-02-27",
						"gpt-4-turbo", "gpt-4-turbo-2024-04-09", "gpt-4-0125-preview", "gpt-4-turbo-preview",
						"gpt-4-1106-preview", "gpt-4-vision-preview", "gpt-4", "gpt-4-0314", "gpt-4-0613", "gpt-4-32k",
						"gpt-4-32k-0314", "gpt-4-32k-0613", "gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-3.5-turbo-0613",
						"gpt-3.5-turbo-1106", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-16k-0613" ->
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
		 * @param fileIds Overrides the list of [file](/docs/api-reference/files) IDs made
		 * available to the `code_interpreter` tool.
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
				 * Set {@code file_ids}: Overrides the list of
				 * [file](/docs/api-reference/files) IDs made available to the
				 * `code_interpreter` tool. There can be a maximum of 20 files associated
				 * with the tool.
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
		 * @param vectorStoreIds Overrides the [vector
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
				 * Set {@code vector_store_ids}: Overrides the [vector
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
	 * Builds a {@link ModifyAssistantRequest}.
	 */
	public static final class Builder {

		private @Nullable Model model;

		private @Nullable ReasoningEffort reasoningEffort;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable String instructions;

		private @Nullable List<ToolsItem> tools;

		private @Nullable ToolResources toolResources;

		private @Nullable Map<String, String> metadata;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable AssistantsApiResponseFormatOption responseFormat;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ModifyAssistantRequest source) {
			this.model = source.model();
			this.reasoningEffort = source.reasoningEffort();
			this.name = source.name();
			this.description = source.description();
			this.instructions = source.instructions();
			this.tools = source.tools();
			this.toolResources = source.toolResources();
			this.metadata = source.metadata();
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.responseFormat = source.responseFormat();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code model}: ID of the model to use. You can use the [List
		 * models](/docs/api-reference/models/list) API to see all of your available
		 * models, or see our [Model overview](/docs/models) for descriptions of them.
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
		 * Set {@code reasoning_effort}.
		 * @param reasoningEffort the value
		 * @return this builder
		 */
		public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
			this.reasoningEffort = reasoningEffort;
			return this;
		}

		/**
		 * Set {@code reasoning_effort} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder reasoningEffort(String value) {
			return reasoningEffort(ReasoningEffort.of(value));
		}

		/**
		 * Set {@code name}.
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set {@code description}.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set {@code instructions}.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * Set {@code tools}: A list of tool enabled on the assistant. There can be a
		 * maximum of 128 tools per assistant. Tools can be of types `code_interpreter`,
		 * `file_search`, or `function`.
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<ToolsItem> tools) {
			this.tools = tools;
			return this;
		}

		/**
		 * Set {@code tool_resources}.
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
		 * Set {@code temperature}.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Set {@code top_p}.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * Set {@code response_format}.
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
		public ModifyAssistantRequest build() {
			return new ModifyAssistantRequest(this.model, this.reasoningEffort, this.name, this.description,
					this.instructions, this.tools, this.toolResources, this.metadata, this.temperature, this.topP,
					this.responseFormat, this.additionalProperties);
		}

	}
}

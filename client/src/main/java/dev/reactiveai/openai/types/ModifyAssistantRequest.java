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
 * The request body of {@code POST /assistants/{assistant_id}}: Modifies an assistant.
 *
 * @param model ID of the model to use. You can use the
 * <a href="https://platform.openai.com/docs/api-reference/models/list">List models</a>
 * API to see all of your available models, or see our
 * <a href="https://platform.openai.com/docs/models">Model overview</a> for descriptions
 * of them.
 * @param reasoningEffort Constrains effort on reasoning for
 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
 * Currently supported values are {@code none}, {@code minimal}, {@code low},
 * {@code medium}, {@code high}, and {@code xhigh}. Reducing reasoning effort can result
 * in faster responses and fewer tokens used on reasoning in a response.
 * <ul>
 * <li>{@code gpt-5.1} defaults to {@code none}, which does not perform reasoning. The
 * supported reasoning values for {@code gpt-5.1} are {@code none}, {@code low},
 * {@code medium}, and {@code high}. Tool calls are supported for all reasoning values in
 * gpt-5.1.</li>
 * <li>All models before {@code gpt-5.1} default to {@code medium} reasoning effort, and
 * do not support {@code none}.</li>
 * <li>The {@code gpt-5-pro} model defaults to (and only supports) {@code high} reasoning
 * effort.</li>
 * <li>{@code xhigh} is supported for all models after {@code gpt-5.1-codex-max}.</li>
 * </ul>
 * @param name The name of the assistant. The maximum length is 256 characters.
 * @param description The description of the assistant. The maximum length is 512
 * characters.
 * @param instructions The system instructions that the assistant uses. The maximum length
 * is 256,000 characters.
 * @param tools A list of tool enabled on the assistant. There can be a maximum of 128
 * tools per assistant. Tools can be of types {@code code_interpreter},
 * {@code file_search}, or {@code function}.
 * @param toolResources A set of resources that are used by the assistant's tools. The
 * resources are specific to the type of tool. For example, the {@code code_interpreter}
 * tool requires a list of file IDs, while the {@code file_search} tool requires a list of
 * vector store IDs.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param temperature What sampling temperature to use, between 0 and 2. Higher values
 * like 0.8 will make the output more random, while lower values like 0.2 will make it
 * more focused and deterministic.
 * @param topP An alternative to sampling with temperature, called nucleus sampling, where
 * the model considers the results of the tokens with top_p probability mass. So 0.1 means
 * only the tokens comprising the top 10% probability mass are considered.
 * <p>
 * We generally recommend altering this or temperature but not both.
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
@JsonDeserialize(using = ModifyAssistantRequest.Reader.class)
public record ModifyAssistantRequest(@JsonProperty("model") ModifyAssistantRequest.@Nullable Model model,
		@JsonProperty("reasoning_effort") @Nullable ReasoningEffort reasoningEffort,
		@JsonProperty("name") @Nullable String name, @JsonProperty("description") @Nullable String description,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("tools") @Nullable List<ModifyAssistantRequest.Tool> tools,
		@JsonProperty("tool_resources") ModifyAssistantRequest.@Nullable ToolResources toolResources,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("response_format") @Nullable AssistantsApiResponseFormatOption responseFormat,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ModifyAssistantRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param model ID of the model to use.
	 * @param reasoningEffort Constrains effort on reasoning for
	 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
	 * @param name The name of the assistant.
	 * @param description The description of the assistant.
	 * @param instructions The system instructions that the assistant uses.
	 * @param tools A list of tool enabled on the assistant.
	 * @param toolResources A set of resources that are used by the assistant's tools.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param temperature What sampling temperature to use, between 0 and 2.
	 * @param topP An alternative to sampling with temperature, called nucleus sampling,
	 * where the model considers the results of the tokens with top_p probability mass.
	 * @param responseFormat Specifies the format that the model must output.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ModifyAssistantRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ModifyAssistantRequest}.
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
	 * ID of the model to use. You can use the
	 * <a href="https://platform.openai.com/docs/api-reference/models/list">List
	 * models</a> API to see all of your available models, or see our
	 * <a href="https://platform.openai.com/docs/models">Model overview</a> for
	 * descriptions of them.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		/**
		 * The value {@code gpt-5}.
		 */
		public static final Model GPT_5 = new Model("gpt-5");

		/**
		 * The value {@code gpt-5-mini}.
		 */
		public static final Model GPT_5_MINI = new Model("gpt-5-mini");

		/**
		 * The value {@code gpt-5-nano}.
		 */
		public static final Model GPT_5_NANO = new Model("gpt-5-nano");

		/**
		 * The value {@code gpt-5-2025-08-07}.
		 */
		public static final Model GPT_5_2025_08_07 = new Model("gpt-5-2025-08-07");

		/**
		 * The value {@code gpt-5-mini-2025-08-07}.
		 */
		public static final Model GPT_5_MINI_2025_08_07 = new Model("gpt-5-mini-2025-08-07");

		/**
		 * The value {@code gpt-5-nano-2025-08-07}.
		 */
		public static final Model GPT_5_NANO_2025_08_07 = new Model("gpt-5-nano-2025-08-07");

		/**
		 * The value {@code gpt-4.1}.
		 */
		public static final Model GPT_4_1 = new Model("gpt-4.1");

		/**
		 * The value {@code gpt-4.1-mini}.
		 */
		public static final Model GPT_4_1_MINI = new Model("gpt-4.1-mini");

		/**
		 * The value {@code gpt-4.1-nano}.
		 */
		public static final Model GPT_4_1_NANO = new Model("gpt-4.1-nano");

		/**
		 * The value {@code gpt-4.1-2025-04-14}.
		 */
		public static final Model GPT_4_1_2025_04_14 = new Model("gpt-4.1-2025-04-14");

		/**
		 * The value {@code gpt-4.1-mini-2025-04-14}.
		 */
		public static final Model GPT_4_1_MINI_2025_04_14 = new Model("gpt-4.1-mini-2025-04-14");

		/**
		 * The value {@code gpt-4.1-nano-2025-04-14}.
		 */
		public static final Model GPT_4_1_NANO_2025_04_14 = new Model("gpt-4.1-nano-2025-04-14");

		/**
		 * The value {@code o3-mini}.
		 */
		public static final Model O3_MINI = new Model("o3-mini");

		/**
		 * The value {@code o3-mini-2025-01-31}.
		 */
		public static final Model O3_MINI_2025_01_31 = new Model("o3-mini-2025-01-31");

		/**
		 * The value {@code o1}.
		 */
		public static final Model O1 = new Model("o1");

		/**
		 * The value {@code o1-2024-12-17}.
		 */
		public static final Model O1_2024_12_17 = new Model("o1-2024-12-17");

		/**
		 * The value {@code gpt-4o}.
		 */
		public static final Model GPT_4O = new Model("gpt-4o");

		/**
		 * The value {@code gpt-4o-2024-11-20}.
		 */
		public static final Model GPT_4O_2024_11_20 = new Model("gpt-4o-2024-11-20");

		/**
		 * The value {@code gpt-4o-2024-08-06}.
		 */
		public static final Model GPT_4O_2024_08_06 = new Model("gpt-4o-2024-08-06");

		/**
		 * The value {@code gpt-4o-2024-05-13}.
		 */
		public static final Model GPT_4O_2024_05_13 = new Model("gpt-4o-2024-05-13");

		/**
		 * The value {@code gpt-4o-mini}.
		 */
		public static final Model GPT_4O_MINI = new Model("gpt-4o-mini");

		/**
		 * The value {@code gpt-4o-mini-2024-07-18}.
		 */
		public static final Model GPT_4O_MINI_2024_07_18 = new Model("gpt-4o-mini-2024-07-18");

		/**
		 * The value {@code gpt-4.5-preview}.
		 */
		public static final Model GPT_4_5_PREVIEW = new Model("gpt-4.5-preview");

		/**
		 * The value {@code gpt-4.5-preview-2025-02-27}.
		 */
		public static final Model GPT_4_5_PREVIEW_2025_02_27 = new Model("gpt-4.5-preview-2025-02-27");

		/**
		 * The value {@code gpt-4-turbo}.
		 */
		public static final Model GPT_4_TURBO = new Model("gpt-4-turbo");

		/**
		 * The value {@code gpt-4-turbo-2024-04-09}.
		 */
		public static final Model GPT_4_TURBO_2024_04_09 = new Model("gpt-4-turbo-2024-04-09");

		/**
		 * The value {@code gpt-4-0125-preview}.
		 */
		public static final Model GPT_4_0125_PREVIEW = new Model("gpt-4-0125-preview");

		/**
		 * The value {@code gpt-4-turbo-preview}.
		 */
		public static final Model GPT_4_TURBO_PREVIEW = new Model("gpt-4-turbo-preview");

		/**
		 * The value {@code gpt-4-1106-preview}.
		 */
		public static final Model GPT_4_1106_PREVIEW = new Model("gpt-4-1106-preview");

		/**
		 * The value {@code gpt-4-vision-preview}.
		 */
		public static final Model GPT_4_VISION_PREVIEW = new Model("gpt-4-vision-preview");

		/**
		 * The value {@code gpt-4}.
		 */
		public static final Model GPT_4 = new Model("gpt-4");

		/**
		 * The value {@code gpt-4-0314}.
		 */
		public static final Model GPT_4_0314 = new Model("gpt-4-0314");

		/**
		 * The value {@code gpt-4-0613}.
		 */
		public static final Model GPT_4_0613 = new Model("gpt-4-0613");

		/**
		 * The value {@code gpt-4-32k}.
		 */
		public static final Model GPT_4_32K = new Model("gpt-4-32k");

		/**
		 * The value {@code gpt-4-32k-0314}.
		 */
		public static final Model GPT_4_32K_0314 = new Model("gpt-4-32k-0314");

		/**
		 * The value {@code gpt-4-32k-0613}.
		 */
		public static final Model GPT_4_32K_0613 = new Model("gpt-4-32k-0613");

		/**
		 * The value {@code gpt-3.5-turbo}.
		 */
		public static final Model GPT_3_5_TURBO = new Model("gpt-3.5-turbo");

		/**
		 * The value {@code gpt-3.5-turbo-16k}.
		 */
		public static final Model GPT_3_5_TURBO_16K = new Model("gpt-3.5-turbo-16k");

		/**
		 * The value {@code gpt-3.5-turbo-0613}.
		 */
		public static final Model GPT_3_5_TURBO_0613 = new Model("gpt-3.5-turbo-0613");

		/**
		 * The value {@code gpt-3.5-turbo-1106}.
		 */
		public static final Model GPT_3_5_TURBO_1106 = new Model("gpt-3.5-turbo-1106");

		/**
		 * The value {@code gpt-3.5-turbo-0125}.
		 */
		public static final Model GPT_3_5_TURBO_0125 = new Model("gpt-3.5-turbo-0125");

		/**
		 * The value {@code gpt-3.5-turbo-16k-0613}.
		 */
		public static final Model GPT_3_5_TURBO_16K_0613 = new Model("gpt-3.5-turbo-16k-0613");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	 * An item of a {@link ModifyAssistantRequest}'s {@code tools}.
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
	 * A set of resources that are used by the assistant's tools. The resources are
	 * specific to the type of tool. For example, the {@code code_interpreter} tool
	 * requires a list of file IDs, while the {@code file_search} tool requires a list of
	 * vector store IDs.
	 *
	 * @param codeInterpreter A
	 * {@link dev.reactiveai.openai.types.ModifyAssistantRequest.ToolResources.CodeInterpreter}
	 * (the API description says no more).
	 * @param fileSearch A
	 * {@link dev.reactiveai.openai.types.ModifyAssistantRequest.ToolResources.FileSearch}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ToolResources.Reader.class)
	public static record ToolResources(
			@JsonProperty("code_interpreter") ToolResources.@Nullable CodeInterpreter codeInterpreter,
			@JsonProperty("file_search") ToolResources.@Nullable FileSearch fileSearch,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ToolResources}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param codeInterpreter A
		 * {@link dev.reactiveai.openai.types.ModifyAssistantRequest.ToolResources.CodeInterpreter}
		 * (the API description says no more).
		 * @param fileSearch A
		 * {@link dev.reactiveai.openai.types.ModifyAssistantRequest.ToolResources.FileSearch}
		 * (the API description says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ToolResources {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ToolResources}.
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
		 * A {@link ToolResources}'s {@code code_interpreter}.
		 *
		 * @param fileIds Overrides the list of
		 * <a href="https://platform.openai.com/docs/api-reference/files">file</a> IDs
		 * made available to the {@code code_interpreter} tool. There can be a maximum of
		 * 20 files associated with the tool.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = CodeInterpreter.Reader.class)
		public static record CodeInterpreter(@JsonProperty("file_ids") @Nullable List<String> fileIds,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link CodeInterpreter}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param fileIds Overrides the list of
			 * <a href="https://platform.openai.com/docs/api-reference/files">file</a> IDs
			 * made available to the {@code code_interpreter} tool.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public CodeInterpreter {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link CodeInterpreter}.
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
			 * Builds a {@link CodeInterpreter}.
			 */
			public static final class Builder {

				private @Nullable List<String> fileIds;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(CodeInterpreter source) {
					this.fileIds = (source.fileIds() != null) ? new ArrayList<>(source.fileIds()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * Overrides the list of
				 * <a href="https://platform.openai.com/docs/api-reference/files">file</a>
				 * IDs made available to the {@code code_interpreter} tool.
				 * <p>
				 * Takes a copy of the list.
				 * @param fileIds the value
				 * @return this builder
				 */
				public Builder fileIds(@Nullable List<String> fileIds) {
					this.fileIds = (fileIds != null) ? new ArrayList<>(fileIds) : null;
					return this;
				}

				/**
				 * Overrides the list of
				 * <a href="https://platform.openai.com/docs/api-reference/files">file</a>
				 * IDs made available to the {@code code_interpreter} tool.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param fileId the item to add
				 * @return this builder
				 */
				public Builder addFileId(String fileId) {
					Objects.requireNonNull(fileId, "'fileId' must not be null");
					if (this.fileIds == null) {
						this.fileIds = new ArrayList<>();
					}
					this.fileIds.add(fileId);
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
					return new CodeInterpreter(
							(this.fileIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.fileIds)) : null,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link CodeInterpreter} from the parser's tokens; Jackson creates
			 * it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<CodeInterpreter> {

				Reader() {
					super(CodeInterpreter.class, "file_ids");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected CodeInterpreter create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new CodeInterpreter((List<String>) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link CodeInterpreter} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<CodeInterpreter> {

				Writer() {
					super(CodeInterpreter.class, "file_ids");
				}

				@Override
				protected @Nullable Object value(CodeInterpreter record, int index) {
					return switch (index) {
						case 0 -> record.fileIds();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(CodeInterpreter record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * A {@link ToolResources}'s {@code file_search}.
		 *
		 * @param vectorStoreIds Overrides the <a href=
		 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
		 * store</a> attached to this assistant. There can be a maximum of 1 vector store
		 * attached to the assistant.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = FileSearch.Reader.class)
		public static record FileSearch(@JsonProperty("vector_store_ids") @Nullable List<String> vectorStoreIds,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link FileSearch}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param vectorStoreIds Overrides the <a href=
			 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
			 * store</a> attached to this assistant.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public FileSearch {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link FileSearch}.
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
			 * Builds a {@link FileSearch}.
			 */
			public static final class Builder {

				private @Nullable List<String> vectorStoreIds;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(FileSearch source) {
					this.vectorStoreIds = (source.vectorStoreIds() != null) ? new ArrayList<>(source.vectorStoreIds())
							: null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * Overrides the <a href=
				 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
				 * store</a> attached to this assistant.
				 * <p>
				 * Takes a copy of the list.
				 * @param vectorStoreIds the value
				 * @return this builder
				 */
				public Builder vectorStoreIds(@Nullable List<String> vectorStoreIds) {
					this.vectorStoreIds = (vectorStoreIds != null) ? new ArrayList<>(vectorStoreIds) : null;
					return this;
				}

				/**
				 * Overrides the <a href=
				 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
				 * store</a> attached to this assistant.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param vectorStoreId the item to add
				 * @return this builder
				 */
				public Builder addVectorStoreId(String vectorStoreId) {
					Objects.requireNonNull(vectorStoreId, "'vectorStoreId' must not be null");
					if (this.vectorStoreIds == null) {
						this.vectorStoreIds = new ArrayList<>();
					}
					this.vectorStoreIds.add(vectorStoreId);
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
					return new FileSearch(
							(this.vectorStoreIds != null)
									? Collections.unmodifiableList(new ArrayList<>(this.vectorStoreIds)) : null,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link FileSearch} from the parser's tokens; Jackson creates it
			 * from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<FileSearch> {

				Reader() {
					super(FileSearch.class, "vector_store_ids");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected FileSearch create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new FileSearch((List<String>) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link FileSearch} without reflection; the client's mapper finds
			 * it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<FileSearch> {

				Writer() {
					super(FileSearch.class, "vector_store_ids");
				}

				@Override
				protected @Nullable Object value(FileSearch record, int index) {
					return switch (index) {
						case 0 -> record.vectorStoreIds();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(FileSearch record) {
					return record.additionalProperties();
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
			 * A
			 * {@link dev.reactiveai.openai.types.ModifyAssistantRequest.ToolResources.CodeInterpreter}
			 * (the API description says no more).
			 * @param codeInterpreter the value
			 * @return this builder
			 */
			public Builder codeInterpreter(@Nullable CodeInterpreter codeInterpreter) {
				this.codeInterpreter = codeInterpreter;
				return this;
			}

			/**
			 * A
			 * {@link dev.reactiveai.openai.types.ModifyAssistantRequest.ToolResources.FileSearch}
			 * (the API description says no more).
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

		/**
		 * Reads a {@link ToolResources} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ToolResources> {

			Reader() {
				super(ToolResources.class, "code_interpreter", "file_search");
			}

			@Override
			protected ToolResources create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ToolResources((CodeInterpreter) values[0], (FileSearch) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ToolResources} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ToolResources> {

			Writer() {
				super(ToolResources.class, "code_interpreter", "file_search");
			}

			@Override
			protected @Nullable Object value(ToolResources record, int index) {
				return switch (index) {
					case 0 -> record.codeInterpreter();
					case 1 -> record.fileSearch();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ToolResources record) {
				return record.additionalProperties();
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

		private @Nullable List<Tool> tools;

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
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.toolResources = source.toolResources();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.responseFormat = source.responseFormat();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * ID of the model to use.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * ID of the model to use.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * Constrains effort on reasoning for
		 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
		 * models</a>.
		 * @param reasoningEffort the value
		 * @return this builder
		 */
		public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
			this.reasoningEffort = reasoningEffort;
			return this;
		}

		/**
		 * Constrains effort on reasoning for
		 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
		 * models</a>.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder reasoningEffort(String value) {
			return reasoningEffort(ReasoningEffort.of(value));
		}

		/**
		 * The name of the assistant.
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The description of the assistant.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * The system instructions that the assistant uses.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * A list of tool enabled on the assistant.
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
		 * A list of tool enabled on the assistant.
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
		 * A set of resources that are used by the assistant's tools.
		 * @param toolResources the value
		 * @return this builder
		 */
		public Builder toolResources(@Nullable ToolResources toolResources) {
			this.toolResources = toolResources;
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
		 * What sampling temperature to use, between 0 and 2.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * An alternative to sampling with temperature, called nucleus sampling, where the
		 * model considers the results of the tokens with top_p probability mass.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
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
		public ModifyAssistantRequest build() {
			return new ModifyAssistantRequest(this.model, this.reasoningEffort, this.name, this.description,
					this.instructions,
					(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
					this.toolResources,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.temperature, this.topP, this.responseFormat, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ModifyAssistantRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ModifyAssistantRequest> {

		Reader() {
			super(ModifyAssistantRequest.class, "model", "reasoning_effort", "name", "description", "instructions",
					"tools", "tool_resources", "metadata", "temperature", "top_p", "response_format");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Model.of(value);
				case 1 -> ReasoningEffort.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ModifyAssistantRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ModifyAssistantRequest((Model) values[0], (ReasoningEffort) values[1], (String) values[2],
					(String) values[3], (String) values[4], (List<Tool>) values[5], (ToolResources) values[6],
					(Map<String, String>) values[7], (Double) values[8], (Double) values[9],
					(AssistantsApiResponseFormatOption) values[10], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ModifyAssistantRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ModifyAssistantRequest> {

		Writer() {
			super(ModifyAssistantRequest.class, "model", "reasoning_effort", "name", "description", "instructions",
					"tools", "tool_resources", "metadata", "temperature", "top_p", "response_format");
		}

		@Override
		protected @Nullable Object value(ModifyAssistantRequest record, int index) {
			return switch (index) {
				case 0 -> record.model();
				case 1 -> record.reasoningEffort();
				case 2 -> record.name();
				case 3 -> record.description();
				case 4 -> record.instructions();
				case 5 -> record.tools();
				case 6 -> record.toolResources();
				case 7 -> record.metadata();
				case 8 -> record.temperature();
				case 9 -> record.topP();
				case 10 -> record.responseFormat();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ModifyAssistantRequest record) {
			return record.additionalProperties();
		}

	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How the model should select which tool (or tools) to use when generating a response.
 * See the {@code tools} parameter to see how to specify which tools the model can call.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ToolChoiceParam.Deserializer.class)
public sealed interface ToolChoiceParam
		permits ToolChoiceParam.ToolChoiceOptionsValue, ToolChoiceAllowed, ToolChoiceTypes, ToolChoiceFunction,
		ToolChoiceMCP, ToolChoiceCustom, SpecificApplyPatchParam, SpecificFunctionShellParam, ToolChoiceParam.Unknown {

	/**
	 * A {@link ToolChoiceParam} that is a {@code ToolChoiceOptions}.
	 *
	 * @param value the value
	 */
	record ToolChoiceOptionsValue(@JsonValue ToolChoiceOptions value) implements ToolChoiceParam {
		/**
		 * Creates a {@link ToolChoiceOptionsValue}, rejecting a null value.
		 * @param value the value
		 */
		public ToolChoiceOptionsValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link ToolChoiceParam} that this version of the client does not recognize, kept
	 * as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ToolChoiceParam, UnknownVariant {
	}

	/**
	 * Reads a {@link ToolChoiceParam} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ToolChoiceParam> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ToolChoiceParam>variants(Unknown::new)
				.discriminator("type")
				.object(ToolChoiceAllowed.class,
						VariantShape.declaring("type", "mode", "tools")
							.requiring("type", "mode", "tools")
							.values("type", "allowed_tools")
							.values("mode", "auto", "required"))
				.object(ToolChoiceTypes.class, VariantShape.declaring("type")
					.requiring("type")
					.values("type", "file_search", "web_search_preview", "computer", "computer_use_preview",
							"computer_use", "web_search_preview_2025_03_11", "image_generation", "code_interpreter"))
				.object(ToolChoiceFunction.class,
						VariantShape.declaring("type", "name").requiring("type", "name").values("type", "function"))
				.object(ToolChoiceMCP.class,
						VariantShape.declaring("type", "server_label", "name")
							.requiring("type", "server_label")
							.values("type", "mcp"))
				.object(ToolChoiceCustom.class,
						VariantShape.declaring("type", "name").requiring("type", "name").values("type", "custom"))
				.object(SpecificApplyPatchParam.class,
						VariantShape.declaring("type").requiring("type").values("type", "apply_patch"))
				.object(SpecificFunctionShellParam.class,
						VariantShape.declaring("type").requiring("type").values("type", "shell"))
				.string(ToolChoiceOptions.class, ToolChoiceOptionsValue::new));
		}

	}

}

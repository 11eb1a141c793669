// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One of the create_file, delete_file, or update_file operations supplied to the
 * apply_patch tool.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ApplyPatchOperationParam.Deserializer.class)
public sealed interface ApplyPatchOperationParam permits ApplyPatchCreateFileOperationParam,
		ApplyPatchDeleteFileOperationParam, ApplyPatchUpdateFileOperationParam, ApplyPatchOperationParam.Unknown {

	/**
	 * A {@link ApplyPatchOperationParam} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ApplyPatchOperationParam, UnknownVariant {
	}

	/**
	 * Reads a {@link ApplyPatchOperationParam} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ApplyPatchOperationParam> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ApplyPatchOperationParam>variants(Unknown::new)
				.discriminator("type")
				.object(ApplyPatchCreateFileOperationParam.class,
						VariantShape.declaring("type", "path", "diff")
							.requiring("type", "path", "diff")
							.values("type", "create_file"))
				.object(ApplyPatchDeleteFileOperationParam.class,
						VariantShape.declaring("type", "path").requiring("type", "path").values("type", "delete_file"))
				.object(ApplyPatchUpdateFileOperationParam.class,
						VariantShape.declaring("type", "path", "diff")
							.requiring("type", "path", "diff")
							.values("type", "update_file")));
		}

	}

}

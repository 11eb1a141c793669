// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The chunking strategy used to chunk the file(s). If not set, will use the {@code auto}
 * strategy.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ChunkingStrategyRequestParam.Deserializer.class)
public sealed interface ChunkingStrategyRequestParam permits AutoChunkingStrategyRequestParam,
		StaticChunkingStrategyRequestParam, ChunkingStrategyRequestParam.Unknown {

	/**
	 * A {@link ChunkingStrategyRequestParam} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ChunkingStrategyRequestParam, UnknownVariant {
	}

	/**
	 * Reads a {@link ChunkingStrategyRequestParam} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ChunkingStrategyRequestParam> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ChunkingStrategyRequestParam>variants(Unknown::new)
				.discriminator("type")
				.object(AutoChunkingStrategyRequestParam.class,
						VariantShape.declaring("type").requiring("type").values("type", "auto"))
				.object(StaticChunkingStrategyRequestParam.class,
						VariantShape.declaring("type", "static").requiring("type", "static").values("type", "static")));
		}

	}

}

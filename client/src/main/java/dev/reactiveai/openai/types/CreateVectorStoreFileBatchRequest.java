// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /vector_stores/{vector_store_id}/file_batches}: Create
 * a vector store file batch.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = CreateVectorStoreFileBatchRequest.Deserializer.class)
public sealed interface CreateVectorStoreFileBatchRequest
		permits CreateVectorStoreFileBatchRequest.AnyValue, CreateVectorStoreFileBatchRequest.Unknown {

	/**
	 * A {@link CreateVectorStoreFileBatchRequest} that is a {@code Object}.
	 *
	 * @param value the value
	 */
	record AnyValue(@JsonValue Object value) implements CreateVectorStoreFileBatchRequest {
		/**
		 * Creates a {@link AnyValue}, rejecting a null value.
		 * @param value the value
		 */
		public AnyValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link CreateVectorStoreFileBatchRequest} that this version of the client does
	 * not recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements CreateVectorStoreFileBatchRequest, UnknownVariant {
	}

	/**
	 * Reads a {@link CreateVectorStoreFileBatchRequest} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<CreateVectorStoreFileBatchRequest> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<CreateVectorStoreFileBatchRequest>variants(Unknown::new)
				.objectValue(Object.class, AnyValue::new));
		}

	}

}

package dev.reactiveai.openai.json;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.type.LogicalType;

/**
 * An embedding vector. The API sends it as a JSON array of numbers, or, with
 * {@code encoding_format=base64}, as little-endian float32 values in base64, which the
 * API description does not say; either way it reads straight into a {@code float[]}.
 *
 * @param values the vector
 */
@JsonDeserialize(using = EmbeddingVector.Deserializer.class)
@JsonSerialize(using = EmbeddingVector.Serializer.class)
public record EmbeddingVector(float[] values) {

	/** The number of dimensions. */
	public int size() {
		return this.values.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EmbeddingVector that && Arrays.equals(this.values, that.values);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.values);
	}

	@Override
	public String toString() {
		return "EmbeddingVector[dimensions=" + this.values.length + "]";
	}

	static final class Deserializer extends ValueDeserializer<EmbeddingVector> {

		/** An array, read in place rather than buffered to keep a drifted value. */
		@Override
		public LogicalType logicalType() {
			return LogicalType.Array;
		}

		@Override
		public EmbeddingVector deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() == JsonToken.VALUE_STRING) {
				FloatBuffer floats = ByteBuffer.wrap(parser.getBinaryValue())
					.order(ByteOrder.LITTLE_ENDIAN)
					.asFloatBuffer();
				float[] values = new float[floats.remaining()];
				floats.get(values);
				return new EmbeddingVector(values);
			}
			if (parser.currentToken() != JsonToken.START_ARRAY) {
				return (EmbeddingVector) context.handleUnexpectedToken(EmbeddingVector.class, parser);
			}
			float[] values = new float[1536];
			int size = 0;
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
				if (size == values.length) {
					values = Arrays.copyOf(values, size * 2);
				}
				values[size++] = parser.getFloatValue();
			}
			return new EmbeddingVector((size == values.length) ? values : Arrays.copyOf(values, size));
		}

	}

	static final class Serializer extends ValueSerializer<EmbeddingVector> {

		@Override
		public void serialize(EmbeddingVector vector, JsonGenerator generator, SerializationContext context) {
			generator.writeStartArray(vector, vector.values.length);
			for (float value : vector.values) {
				generator.writeNumber(value);
			}
			generator.writeEndArray();
		}

	}

}

package dev.reactiveai.openai.embeddings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a vector sent as a JSON array of numbers or, with {@code encoding_format=base64},
 * as little-endian float32 values in base64, straight into a {@code float[]}.
 */
class EmbeddingVectorDeserializer extends ValueDeserializer<float[]> {

	@Override
	public float[] deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.VALUE_STRING) {
			byte[] bytes = parser.getBinaryValue();
			FloatBuffer floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
			float[] vector = new float[floats.remaining()];
			floats.get(vector);
			return vector;
		}
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			return (float[]) context.handleUnexpectedToken(float[].class, parser);
		}
		float[] vector = new float[1536];
		int size = 0;
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			if (size == vector.length) {
				vector = Arrays.copyOf(vector, size * 2);
			}
			vector[size++] = parser.getFloatValue();
		}
		return (size == vector.length) ? vector : Arrays.copyOf(vector, size);
	}

}

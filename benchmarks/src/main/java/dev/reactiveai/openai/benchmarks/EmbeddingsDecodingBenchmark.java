package dev.reactiveai.openai.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.core.ObjectMappers;
import com.openai.models.embeddings.Embedding;
import dev.reactiveai.openai.benchmarks.server.Payloads;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.CreateEmbeddingResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decoding an embeddings response into vectors an application can use: this client's
 * {@link CreateEmbeddingResponse} (each vector a {@code float[]}, read from the JSON
 * array or the base64 string), the official SDK's model (each vector a
 * {@code List<Float>}, which base64 decodes to on request), and plain Jackson 3 into a
 * record with a {@code float[]} (or, for base64, a {@code byte[]} turned into floats).
 * <p>
 * One operation decodes the whole body and touches every vector, so that a lazy decoder
 * pays what it deferred. The report's harness runs this with the gc profiler for bytes
 * allocated per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms4g", "-Xmx4g" })
@State(Scope.Benchmark)
public class EmbeddingsDecodingBenchmark {

	/** The number of vectors. */
	@Param("2048")
	public int count;

	/** The floats in each vector. */
	@Param("3072")
	public int dimensions;

	/** {@code float} or {@code base64}, the request's {@code encoding_format}. */
	@Param({ "float", "base64" })
	public String encoding = "float";

	private final JsonMapper ownMapper = OpenAiJson.mapper();

	private final ObjectMapper sdkMapper = ObjectMappers.jsonMapper();

	private final JsonMapper rawMapper = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private byte[] body = new byte[0];

	/** Build the body, and check that the three decoders read the same floats. */
	@Setup
	public void setUp() {
		this.body = Payloads.embeddings(this.count, this.dimensions, this.encoding.equals("base64"));
		double own = ownDecoder();
		double sdk = officialSdk();
		double raw = rawJackson();
		if (own != sdk || own != raw) {
			throw new IllegalStateException("The decoders disagree: " + own + ", " + sdk + ", " + raw);
		}
	}

	/**
	 * This client's model.
	 * @return a checksum of the vectors
	 */
	@Benchmark
	public double ownDecoder() {
		double sum = 0;
		for (dev.reactiveai.openai.types.Embedding embedding : this.ownMapper
			.readValue(this.body, CreateEmbeddingResponse.class)
			.data()) {
			float[] values = embedding.embedding().values();
			sum += values[0] + values[values.length - 1];
		}
		return sum;
	}

	/**
	 * The official SDK's model, read with the SDK's own mapper.
	 * @return a checksum of the vectors
	 */
	@Benchmark
	public double officialSdk() {
		double sum = 0;
		try {
			for (Embedding embedding : this.sdkMapper
				.readValue(this.body, com.openai.models.embeddings.CreateEmbeddingResponse.class)
				.data()) {
				List<Float> values = embedding.embedding();
				sum += values.get(0) + values.get(values.size() - 1);
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return sum;
	}

	/**
	 * Plain Jackson 3 into a {@code float[]}, no client.
	 * @return a checksum of the vectors
	 */
	@Benchmark
	public double rawJackson() {
		double sum = 0;
		if (this.encoding.equals("base64")) {
			for (RawBase64Embedding embedding : this.rawMapper.readValue(this.body, RawBase64Response.class).data()) {
				float[] values = floats(embedding.embedding());
				sum += values[0] + values[values.length - 1];
			}
		}
		else {
			for (RawEmbedding embedding : this.rawMapper.readValue(this.body, RawResponse.class).data()) {
				float[] values = embedding.embedding();
				sum += values[0] + values[values.length - 1];
			}
		}
		return sum;
	}

	private static float[] floats(byte[] bytes) {
		float[] values = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
		return values;
	}

	/**
	 * An embeddings response, as plain Jackson reads it.
	 *
	 * @param data the vectors
	 */
	public record RawResponse(List<RawEmbedding> data) {

	}

	/**
	 * One vector, from a JSON array.
	 *
	 * @param index its index
	 * @param embedding its floats
	 */
	public record RawEmbedding(int index, float[] embedding) {

	}

	/**
	 * An embeddings response in base64, as plain Jackson reads it.
	 *
	 * @param data the vectors
	 */
	public record RawBase64Response(List<RawBase64Embedding> data) {

	}

	/**
	 * One vector, as the bytes that its base64 string decodes to.
	 *
	 * @param index its index
	 * @param embedding its little-endian float32 bytes
	 */
	public record RawBase64Embedding(int index, byte[] embedding) {

	}

}

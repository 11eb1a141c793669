package dev.reactiveai.openai.json;

import dev.reactiveai.openai.types.AudioTranscriptionsCreateResponse;
import dev.reactiveai.openai.types.CreateTranscriptionResponseDiarizedJson;
import dev.reactiveai.openai.types.CreateTranscriptionResponseJson;
import dev.reactiveai.openai.types.CreateTranscriptionResponseVerboseJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unions whose variants share their required properties: the JSON is read as the variant
 * that declares the most of its properties.
 */
class UnionBestFitTests {

	private final JsonMapper mapper = OpenAiJson.mapper();

	@Test
	void verboseTranscriptionIsNotTakenForADiarizedOne() {
		// What whisper-1 answers for verbose_json: it has the diarized variant's
		// required "task", "duration", "text" and "segments" too.
		String json = """
				{"task":"transcribe","language":"english","duration":1.5,"text":"Hello there.",
				 "words":[{"word":"Hello","start":0.0,"end":0.5}],
				 "segments":[{"id":0,"seek":0,"start":0.0,"end":1.5,"text":"Hello there.","tokens":[1,2],
				   "temperature":0.0,"avg_logprob":-0.2,"compression_ratio":1.0,"no_speech_prob":0.01}]}
				""";
		assertThat(this.mapper.readValue(json, AudioTranscriptionsCreateResponse.class)).isInstanceOfSatisfying(
				CreateTranscriptionResponseVerboseJson.class,
				(verbose) -> assertThat(verbose.language()).isEqualTo("english"));
	}

	@Test
	void diarizedTranscriptionStaysDiarized() {
		String json = """
				{"task":"transcribe","duration":1.5,"text":"Hello there.",
				 "segments":[{"type":"transcript.text.segment","id":"seg_0","start":0.0,"end":1.5,
				   "text":"Hello there.","speaker":"A"}]}
				""";
		assertThat(this.mapper.readValue(json, AudioTranscriptionsCreateResponse.class))
			.isInstanceOf(CreateTranscriptionResponseDiarizedJson.class);
	}

	@Test
	void plainTranscriptionIsTheSimplestVariant() {
		assertThat(this.mapper.readValue("{\"text\":\"Hello there.\"}", AudioTranscriptionsCreateResponse.class))
			.isInstanceOf(CreateTranscriptionResponseJson.class);
	}

}

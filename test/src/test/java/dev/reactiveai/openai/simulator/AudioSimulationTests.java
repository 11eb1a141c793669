package dev.reactiveai.openai.simulator;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.AudioTranscriptionsCreateResponse;
import dev.reactiveai.openai.types.CreateSpeechRequest;
import dev.reactiveai.openai.types.CreateTranscriptionRequest;
import dev.reactiveai.openai.types.CreateTranscriptionResponseJson;
import dev.reactiveai.openai.types.CreateTranscriptionResponseStreamEvent;
import dev.reactiveai.openai.types.CreateTranscriptionResponseVerboseJson;
import dev.reactiveai.openai.types.CreateTranslationRequest;
import dev.reactiveai.openai.types.TranscriptTextDeltaEvent;
import dev.reactiveai.openai.types.TranscriptTextDoneEvent;
import dev.reactiveai.openai.types.VoiceIdsShared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

class AudioSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String SPOKEN = "The quick brown fox jumps over the lazy dog. It was a sunny day.";

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void speechIsAWavFileOf16BitMonoPcm() throws Exception {
		byte[] wav = speech(SPOKEN, "wav");
		assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
		assertThat(new String(wav, 8, 4)).isEqualTo("WAVE");
		try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
			AudioFormat format = audio.getFormat();
			assertThat(format.getSampleRate()).isEqualTo(24_000f);
			assertThat(format.getChannels()).isEqualTo(1);
			assertThat(format.getSampleSizeInBits()).isEqualTo(16);
			assertThat(audio.getFrameLength()).isPositive();
		}
	}

	@Test
	void longerInputGivesLongerSpeech() {
		assertThat(speech(SPOKEN + " " + SPOKEN, "wav").length).isGreaterThan(speech(SPOKEN, "wav").length);
	}

	@Test
	void transcriptionOfSimulatedSpeechGivesItsTextBack() {
		AudioTranscriptionsCreateResponse response = transcribe("whisper-1", "json");
		assertThat(response).isInstanceOfSatisfying(CreateTranscriptionResponseJson.class,
				(json) -> assertThat(json.text()).isEqualTo(SPOKEN));
	}

	@Test
	void verboseJsonTranscriptionHasTimedSegments() {
		AudioTranscriptionsCreateResponse response = transcribe("whisper-1", "verbose_json");
		assertThat(response).isInstanceOfSatisfying(CreateTranscriptionResponseVerboseJson.class, (verbose) -> {
			assertThat(verbose.duration()).isPositive();
			assertThat(verbose.segments()).hasSize(2);
			assertThat(verbose.segments().get(1).end()).isCloseTo(verbose.duration(),
					org.assertj.core.data.Offset.offset(0.01));
		});
	}

	@Test
	void transcriptionOfAnyOtherFileIsDerivedFromItsNameAndSize() {
		byte[] audio = new byte[64_000];
		String first = text(transcribe(audio, "meeting.mp3", "gpt-4o-transcribe", "json"));
		assertThat(first).isNotBlank().isEqualTo(text(transcribe(audio, "meeting.mp3", "gpt-4o-transcribe", "json")));
	}

	@Test
	void gpt4oTranscriptionRefusesFormatsOtherThanJson() {
		StepVerifier
			.create(simulator.client()
				.audio()
				.transcriptions()
				.create(request(speech(SPOKEN, "wav"), "speech.wav", "gpt-4o-transcribe", "srt")))
			.expectErrorSatisfies((ex) -> assertThat(ex).hasMessageContaining("response_format"))
			.verify(TIMEOUT);
	}

	@Test
	void textFormatAnswersPlainText() {
		assertThat(raw("text")).isEqualTo(SPOKEN + "\n");
	}

	@Test
	void srtFormatAnswersNumberedCues() {
		assertThat(raw("srt")).startsWith("1\n00:00:00,000 --> ").contains("\n2\n").contains("It was a sunny day.");
	}

	@Test
	void vttFormatAnswersWebVtt() {
		assertThat(raw("vtt")).startsWith("WEBVTT\n\n00:00:00.000 --> ");
	}

	@Test
	void streamedTranscriptionSendsDeltasThenDone() {
		List<CreateTranscriptionResponseStreamEvent> events = simulator.client()
			.audio()
			.transcriptions()
			.createStream(request(speech(SPOKEN, "wav"), "speech.wav", "gpt-4o-mini-transcribe", "json"))
			.collectList()
			.block(TIMEOUT);
		StringBuilder text = new StringBuilder();
		events.stream()
			.filter(TranscriptTextDeltaEvent.class::isInstance)
			.forEach((event) -> text.append(((TranscriptTextDeltaEvent) event).delta()));
		assertThat(text.toString()).isEqualTo(SPOKEN);
		assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(TranscriptTextDoneEvent.class,
				(done) -> assertThat(done.text()).isEqualTo(SPOKEN));
	}

	@Test
	void translationAnswersTheText() {
		StepVerifier
			.create(simulator.client()
				.audio()
				.translations()
				.create(CreateTranslationRequest.builder()
					.file(UploadFile.of(new ByteArrayResource(speech(SPOKEN, "wav")), "speech.wav"))
					.model("whisper-1")
					.build()))
			.assertNext((response) -> assertThat(response.toString()).contains("quick brown fox"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	private static byte[] speech(String input, String format) {
		return SimulatorFiles.bytes(simulator.client()
			.audio()
			.speech()
			.create(CreateSpeechRequest.builder()
				.model("gpt-4o-mini-tts")
				.input(input)
				.voice(VoiceIdsShared.of("alloy"))
				.responseFormat(format)
				.build()));
	}

	private static AudioTranscriptionsCreateResponse transcribe(String model, String format) {
		return transcribe(speech(SPOKEN, "wav"), "speech.wav", model, format);
	}

	private static AudioTranscriptionsCreateResponse transcribe(byte[] audio, String filename, String model,
			String format) {
		return simulator.client()
			.audio()
			.transcriptions()
			.create(request(audio, filename, model, format))
			.block(TIMEOUT);
	}

	private static CreateTranscriptionRequest request(byte[] audio, String filename, String model, String format) {
		return CreateTranscriptionRequest.builder()
			.file(UploadFile.of(new ByteArrayResource(audio), filename))
			.model(model)
			.responseFormat(format)
			.build();
	}

	private static String text(AudioTranscriptionsCreateResponse response) {
		return ((CreateTranscriptionResponseJson) response).text();
	}

	/** The client reads JSON answers only, so the text formats are fetched directly. */
	private static String raw(String format) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("file", new ByteArrayResource(speech(SPOKEN, "wav"))).filename("speech.wav");
		form.part("model", "whisper-1");
		form.part("response_format", format);
		return WebClient.create(simulator.simulator().baseUrl())
			.post()
			.uri("/audio/transcriptions")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + OpenAiSimulatorExtension.API_KEY)
			.body(BodyInserters.fromMultipartData(form.build()))
			.retrieve()
			.bodyToMono(String.class)
			.block(TIMEOUT);
	}

}

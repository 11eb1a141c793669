package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * Audio: speech, transcriptions and translations.
 * <p>
 * Speech answers a tone whose pitch depends on the voice and whose length grows with the
 * input (60 ms a character, at most 20 seconds, divided by {@code speed}): a WAV file
 * ({@code audio/wav}) for {@code wav}, raw 16-bit mono PCM at 24 kHz ({@code audio/pcm})
 * for {@code pcm}, and for {@code mp3}, {@code opus}, {@code aac} and {@code flac} the
 * same WAV bytes under the requested format's content type, as the simulator encodes no
 * compressed format. With {@code stream_format: sse} the bytes come as
 * {@code speech.audio.delta} events and a {@code speech.audio.done}.
 * <p>
 * Transcriptions and translations give back the text of the simulator's own speech (kept
 * in the WAV file), and for any other file a text derived from its name and size. Every
 * {@code response_format} is honoured ({@code json}, {@code text}, {@code srt},
 * {@code verbose_json}, {@code vtt}, and {@code diarized_json} for the diarizing model),
 * with the API's rule that the GPT-4o models answer {@code json} only (and {@code text}
 * for the diarizing one). With {@code stream=true} a GPT-4o transcription streams
 * {@code transcript.text.delta} events and a {@code transcript.text.done}; whisper-1
 * ignores it, as the API does.
 */
final class AudioHandler implements ResourceHandler {

	private static final List<String> SPEECH_FORMATS = List.of("mp3", "opus", "aac", "flac", "wav", "pcm");

	private static final List<String> SENTENCES = List.of("Thanks for calling the simulator.",
			"This recording was transcribed on your own machine.", "Nothing was sent to a server.",
			"The same file always gives the same words.", "Let us go over the plan for next week.",
			"The numbers look good, and the team is ready.", "Please send the notes after the meeting.",
			"We will meet again on Thursday morning.");

	private static final int STREAM_CHUNK = 4800;

	private final Simulation simulation;

	AudioHandler(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void register(Routes routes) {
		routes.add("createSpeech", this::speech);
		routes.add("createTranscription", this::transcription);
		routes.add("createTranslation", this::translation);
	}

	// Speech

	private SimulatorResponse speech(Call call) {
		JsonNode request = call.json();
		String model = request.path("model").asString(null);
		if (model == null || model.isBlank()) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'model'.", "model");
		}
		String input = request.path("input").asString(null);
		if (input == null || input.isEmpty()) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'input'.", "input");
		}
		if (input.length() > 4096) {
			return SimulatorResponse.invalidRequest(
					"Invalid 'input': string too long. Expected a string with maximum length 4096, but got a string with length "
							+ input.length() + " instead.",
					"input");
		}
		JsonNode voiceNode = request.path("voice");
		String voice = voiceNode.isString() ? voiceNode.asString() : voiceNode.path("id").asString(null);
		if (voice == null) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'voice'.", "voice");
		}
		String format = request.path("response_format").asString("mp3");
		if (!SPEECH_FORMATS.contains(format)) {
			return SimulatorResponse.invalidRequest(
					"Invalid 'response_format': '" + format + "' is not one of " + SPEECH_FORMATS + ".",
					"response_format");
		}
		double speed = request.path("speed").asDouble(1.0);
		if (speed < 0.25 || speed > 4.0) {
			return SimulatorResponse.invalidRequest("Invalid 'speed': " + speed + " is not between 0.25 and 4.0.",
					"speed");
		}
		boolean sse = "sse".equals(request.path("stream_format").asString("audio"));
		if (sse && model.startsWith("tts-1")) {
			return SimulatorResponse.invalidRequest(
					"Streaming with stream_format 'sse' is not supported for model '" + model + "'.", "stream_format");
		}
		double seconds = Math.min(20, 0.06 * input.length()) / speed;
		double frequency = 180 + Math.floorMod(voice.hashCode(), 300);
		byte[] pcm = Wav.tone(Math.max(0.25, seconds), frequency);
		byte[] audio = "pcm".equals(format) ? pcm : Wav.wav(pcm, input);
		if (sse) {
			return new SimulatorResponse.Sse(speechEvents(audio, input));
		}
		return new SimulatorResponse.Bytes(contentType(format), audio);
	}

	private static Flux<SimulatorResponse.Event> speechEvents(byte[] audio, String input) {
		List<Map<String, @Nullable Object>> events = new ArrayList<>();
		for (int offset = 0; offset < audio.length; offset += STREAM_CHUNK) {
			byte[] chunk = java.util.Arrays.copyOfRange(audio, offset, Math.min(audio.length, offset + STREAM_CHUNK));
			events.add(JsonObjects.object("type", "speech.audio.delta", "audio",
					Base64.getEncoder().encodeToString(chunk)));
		}
		long inputTokens = AnswerText.countTokens(input);
		long outputTokens = audio.length / 1000;
		events.add(JsonObjects.object("type", "speech.audio.done", "usage", JsonObjects.object("input_tokens",
				inputTokens, "output_tokens", outputTokens, "total_tokens", inputTokens + outputTokens)));
		return Flux.fromIterable(events)
			.map((event) -> new SimulatorResponse.Event(null, OpenAiJson.mapper().writeValueAsString(event)));
	}

	private static String contentType(String format) {
		return switch (format) {
			case "mp3" -> "audio/mpeg";
			case "opus" -> "audio/opus";
			case "aac" -> "audio/aac";
			case "flac" -> "audio/flac";
			case "pcm" -> "audio/pcm";
			default -> "audio/wav";
		};
	}

	// Transcriptions and translations

	private SimulatorResponse transcription(Call call) {
		return transcribe(call.request(), false);
	}

	private SimulatorResponse translation(Call call) {
		return transcribe(call.request(), true);
	}

	private SimulatorResponse transcribe(RecordedRequest request, boolean translate) {
		RecordedRequest.RecordedPart file = request.part("file");
		if (file == null || file.filename() == null) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'file'.", "file");
		}
		String model = text(request, "model");
		if (model == null || model.isBlank()) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'model'.", "model");
		}
		if (translate && !"whisper-1".equals(model)) {
			return SimulatorResponse.invalidRequest(
					"Invalid 'model': translations support 'whisper-1' only, was '" + model + "'.", "model");
		}
		String format = (text(request, "response_format") != null) ? text(request, "response_format") : "json";
		List<String> formats = formats(model, translate);
		if (!formats.contains(format)) {
			return SimulatorResponse.invalidRequest("response_format '" + format + "' is not compatible with model '"
					+ model + "'. Use one of " + formats + ".", "response_format");
		}
		Transcript transcript = transcript(file);
		String language = translate ? "english"
				: (text(request, "language") != null) ? language(text(request, "language")) : "english";
		boolean whisper = "whisper-1".equals(model);
		Map<String, @Nullable Object> usage = whisper
				? JsonObjects.object("type", "duration", "seconds", Math.ceil(transcript.seconds))
				: tokenUsage(transcript, text(request, "prompt"));
		if (!translate && !whisper && "true".equals(text(request, "stream"))) {
			return new SimulatorResponse.Sse(transcriptEvents(transcript.text, usage));
		}
		String task = translate ? "translate" : "transcribe";
		return switch (format) {
			case "text" -> plain(transcript.text + "\n");
			case "srt" -> plain(subtitles(transcript, false));
			case "vtt" -> plain(subtitles(transcript, true));
			case "verbose_json" -> SimulatorResponse.ok(verbose(request, transcript, language, usage));
			case "diarized_json" ->
				SimulatorResponse.ok(JsonObjects.object("task", task, "duration", round(transcript.seconds), "text",
						transcript.text, "segments", diarized(transcript), "usage", usage));
			default -> SimulatorResponse.ok(translate ? JsonObjects.object("text", transcript.text)
					: JsonObjects.object("text", transcript.text, "usage", usage));
		};
	}

	private static List<String> formats(String model, boolean translate) {
		if (translate || "whisper-1".equals(model)) {
			return List.of("json", "text", "srt", "verbose_json", "vtt");
		}
		if (model.endsWith("-diarize")) {
			return List.of("json", "text", "diarized_json");
		}
		if (model.startsWith("gpt-4o")) {
			return List.of("json");
		}
		return List.of("json", "text", "srt", "verbose_json", "vtt", "diarized_json");
	}

	private static Transcript transcript(RecordedRequest.RecordedPart file) {
		Wav.Info wav = Wav.read(file.content());
		double seconds = (wav != null) ? wav.seconds() : Math.max(0.5, file.content().length / 16_000.0);
		if (wav != null && wav.comment() != null && !wav.comment().isBlank()) {
			return new Transcript(wav.comment().strip(), seconds);
		}
		Random random = new Random(31L * String.valueOf(file.filename()).hashCode() + file.content().length);
		int count = (int) Math.max(1, Math.min(SENTENCES.size(), Math.round(seconds / 3)));
		List<String> sentences = new ArrayList<>(SENTENCES);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append((i > 0) ? " " : "").append(sentences.remove(random.nextInt(sentences.size())));
		}
		return new Transcript(text.toString(), seconds);
	}

	private static Flux<SimulatorResponse.Event> transcriptEvents(String text, Map<String, @Nullable Object> usage) {
		List<Map<String, @Nullable Object>> events = new ArrayList<>();
		AnswerText.tokens(text)
			.forEach((token) -> events.add(JsonObjects.object("type", "transcript.text.delta", "delta", token)));
		events.add(JsonObjects.object("type", "transcript.text.done", "text", text, "usage", usage));
		return Flux.fromIterable(events)
			.map((event) -> new SimulatorResponse.Event(null, OpenAiJson.mapper().writeValueAsString(event)));
	}

	private static Map<String, @Nullable Object> tokenUsage(Transcript transcript, @Nullable String prompt) {
		long audioTokens = Math.max(1, Math.round(transcript.seconds * 10));
		long textTokens = AnswerText.countTokens((prompt != null) ? prompt : "");
		long outputTokens = AnswerText.countTokens(transcript.text);
		return JsonObjects.object("type", "tokens", "input_tokens", audioTokens + textTokens, "input_token_details",
				JsonObjects.object("text_tokens", textTokens, "audio_tokens", audioTokens), "output_tokens",
				outputTokens, "total_tokens", audioTokens + textTokens + outputTokens);
	}

	private static Map<String, @Nullable Object> verbose(RecordedRequest request, Transcript transcript,
			String language, Map<String, @Nullable Object> usage) {
		List<Map<String, @Nullable Object>> segments = new ArrayList<>();
		int id = 0;
		for (Timed segment : segments(transcript)) {
			segments.add(JsonObjects.object("id", id++, "seek", 0, "start", round(segment.start), "end",
					round(segment.end), "text", " " + segment.text, "tokens", List.of(), "temperature", 0.0,
					"avg_logprob", -0.25, "compression_ratio", 1.2, "no_speech_prob", 0.01));
		}
		// No "task": the spec's verbose answers have none, and the client tells them from
		// diarized answers by it.
		Map<String, @Nullable Object> verbose = JsonObjects.object("language", language, "duration",
				round(transcript.seconds), "text", transcript.text, "segments", segments);
		boolean words = request.parts()
			.stream()
			.anyMatch((part) -> part.name().startsWith("timestamp_granularities") && part.text().equals("word"));
		if (words) {
			List<Map<String, @Nullable Object>> timed = new ArrayList<>();
			for (Timed word : words(transcript)) {
				timed.add(JsonObjects.object("word", word.text, "start", round(word.start), "end", round(word.end)));
			}
			verbose.put("words", timed);
		}
		verbose.put("usage", usage);
		return verbose;
	}

	private static List<Map<String, @Nullable Object>> diarized(Transcript transcript) {
		List<Map<String, @Nullable Object>> segments = new ArrayList<>();
		int id = 0;
		for (Timed segment : segments(transcript)) {
			segments.add(JsonObjects.object("type", "transcript.text.segment", "id", "seg_" + id, "start",
					round(segment.start), "end", round(segment.end), "text", segment.text, "speaker",
					(id++ % 2 == 0) ? "A" : "B"));
		}
		return segments;
	}

	private static String subtitles(Transcript transcript, boolean vtt) {
		StringBuilder text = new StringBuilder(vtt ? "WEBVTT\n\n" : "");
		int index = 1;
		for (Timed segment : segments(transcript)) {
			if (!vtt) {
				text.append(index++).append('\n');
			}
			text.append(timestamp(segment.start, vtt))
				.append(" --> ")
				.append(timestamp(segment.end, vtt))
				.append('\n')
				.append(segment.text)
				.append("\n\n");
		}
		return text.toString();
	}

	private static String timestamp(double seconds, boolean vtt) {
		long millis = Math.round(seconds * 1000);
		return String.format(Locale.ROOT, "%02d:%02d:%02d%s%03d", millis / 3_600_000, (millis / 60_000) % 60,
				(millis / 1000) % 60, vtt ? "." : ",", millis % 1000);
	}

	/** The sentences of a transcript, timed in proportion to their length. */
	private static List<Timed> segments(Transcript transcript) {
		List<String> sentences = new ArrayList<>();
		for (String sentence : transcript.text.split("(?<=[.!?])\\s+")) {
			if (!sentence.isBlank()) {
				sentences.add(sentence.strip());
			}
		}
		return timed(sentences, transcript.seconds);
	}

	private static List<Timed> words(Transcript transcript) {
		List<String> words = new ArrayList<>();
		for (String word : transcript.text.split("\\s+")) {
			String bare = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
			if (!bare.isEmpty()) {
				words.add(bare);
			}
		}
		return timed(words, transcript.seconds);
	}

	private static List<Timed> timed(List<String> pieces, double seconds) {
		int total = pieces.stream().mapToInt(String::length).sum();
		List<Timed> timed = new ArrayList<>();
		double start = 0;
		for (String piece : pieces) {
			double end = start + seconds * piece.length() / Math.max(1, total);
			timed.add(new Timed(piece, start, end));
			start = end;
		}
		return timed;
	}

	private static double round(double seconds) {
		return Math.round(seconds * 1000) / 1000.0;
	}

	private static String language(String code) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
		return name.isEmpty() ? code : name.toLowerCase(Locale.ROOT);
	}

	private static SimulatorResponse plain(String text) {
		return new SimulatorResponse.Bytes("text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
	}

	private static @Nullable String text(RecordedRequest request, String name) {
		RecordedRequest.RecordedPart part = request.part(name);
		return (part != null) ? part.text() : null;
	}

	private record Transcript(String text, double seconds) {

	}

	private record Timed(String text, double start, double end) {

	}

}

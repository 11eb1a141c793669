package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * Images: generations, edits and variations answer valid PNG images of exactly the
 * requested size, a shading of one colour derived from the prompt (and, for edits and
 * variations, from the input image), so the same request always gets the same image. Each
 * is a few kilobytes whatever its size, as every row repeats the first one. The images
 * are PNG whatever {@code output_format} asks, and the answer says
 * {@code "output_format": "png"}.
 * <p>
 * As with the API, the GPT image models answer {@code b64_json} with usage, and stream
 * partial images then the final one with {@code stream: true}; DALL·E models answer a
 * {@code url} by default, here one of the simulator's own that serves the PNG (with the
 * API key, as any call of the simulator), or {@code b64_json} when asked. Sizes are
 * checked against what each model family accepts.
 */
final class ImagesHandler implements ResourceHandler {

	private static final Pattern SIZE = Pattern.compile("(\\d{1,4})x(\\d{1,4})");

	private static final Pattern IMAGE_NAME = Pattern.compile("(\\d{1,4})x(\\d{1,4})-([0-9a-f]{6})\\.png");

	private static final List<String> DALL_E_2_SIZES = List.of("256x256", "512x512", "1024x1024");

	private static final List<String> DALL_E_3_SIZES = List.of("1024x1024", "1792x1024", "1024x1792");

	private static final List<String> GPT_IMAGE_SIZES = List.of("1024x1024", "1536x1024", "1024x1536", "auto");

	private final Simulation simulation;

	ImagesHandler(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void register(Routes routes) {
		routes.add("createImage", this::generate);
		routes.add("createImageEdit", this::edit);
		routes.add("createImageVariation", this::vary);
		// Not an operation of the API: where the URLs of DALL·E answers point.
		routes.addOwn("GET", "/images/generated/{image}", "simulatorImage", this::image);
	}

	private SimulatorResponse generate(Call call) {
		JsonNode request = call.json();
		String prompt = request.path("prompt").asString(null);
		if (prompt == null || prompt.isBlank()) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'prompt'.", "prompt");
		}
		Params params = new Params("image_generation", request.path("model").asString("dall-e-2"), prompt,
				request.path("n").asInt(1), request.path("size").asString(null),
				request.path("response_format").asString(null), request.path("quality").asString("auto"),
				request.path("background").asString("auto"), request.path("stream").asBoolean(false),
				request.path("partial_images").asInt(0), null, 0);
		return answer(call, params);
	}

	private SimulatorResponse edit(Call call) {
		RecordedRequest request = call.request();
		List<RecordedRequest.RecordedPart> images = request.parts()
			.stream()
			.filter((part) -> part.name().equals("image") || part.name().equals("image[]"))
			.toList();
		if (images.isEmpty()) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'image'.", "image");
		}
		String prompt = text(request, "prompt", null);
		if (prompt == null || prompt.isBlank()) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'prompt'.", "prompt");
		}
		int seed = 0;
		for (RecordedRequest.RecordedPart image : images) {
			seed = 31 * seed + Arrays.hashCode(image.content());
		}
		Params params = new Params("image_edit", text(request, "model", "gpt-image-1.5"), prompt,
				integer(request, "n", 1), text(request, "size", null), text(request, "response_format", null),
				text(request, "quality", "auto"), text(request, "background", "auto"),
				"true".equals(text(request, "stream", "false")), integer(request, "partial_images", 0),
				Png.size(images.get(0).content()), seed);
		return answer(call, params);
	}

	private SimulatorResponse vary(Call call) {
		RecordedRequest request = call.request();
		RecordedRequest.RecordedPart image = request.part("image");
		if (image == null) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'image'.", "image");
		}
		int[] inputSize = Png.size(image.content());
		if (inputSize == null) {
			return SimulatorResponse.invalidRequest("Invalid input image: it must be a PNG file.", "image");
		}
		String model = text(request, "model", "dall-e-2");
		if (!"dall-e-2".equals(model)) {
			return SimulatorResponse
				.invalidRequest("Invalid 'model': variations support 'dall-e-2' only, was '" + model + "'.", "model");
		}
		Params params = new Params(null, model, null, integer(request, "n", 1), text(request, "size", null),
				text(request, "response_format", null), "auto", "auto", false, 0, inputSize,
				Arrays.hashCode(image.content()));
		return answer(call, params);
	}

	private SimulatorResponse image(Call call) {
		Matcher name = IMAGE_NAME.matcher(call.variable("image"));
		if (!name.matches()) {
			return SimulatorResponse.notFound("image", call.variable("image"));
		}
		return new SimulatorResponse.Bytes("image/png", Png.shaded(Integer.parseInt(name.group(1)),
				Integer.parseInt(name.group(2)), HexFormat.fromHexDigits(name.group(3))));
	}

	private SimulatorResponse answer(Call call, Params params) {
		boolean gptImage = params.model.startsWith("gpt-image") || params.model.startsWith("chatgpt-image");
		boolean dallE3 = params.model.equals("dall-e-3");
		if (params.stream && !gptImage) {
			return SimulatorResponse.invalidRequest(
					"Streaming is not supported for model '" + params.model + "': use a GPT image model.", "stream");
		}
		if (params.n < 1 || params.n > 10 || (dallE3 && params.n != 1)) {
			return SimulatorResponse.invalidRequest(
					"Invalid 'n': " + params.n + " is not between 1 and " + (dallE3 ? "1 for dall-e-3" : "10") + ".",
					"n");
		}
		List<String> allowed = gptImage ? GPT_IMAGE_SIZES
				: dallE3 ? DALL_E_3_SIZES : params.model.equals("dall-e-2") ? DALL_E_2_SIZES : null;
		String size = (params.size != null) ? params.size : "auto";
		if (params.size != null && allowed != null && !allowed.contains(params.size)) {
			return SimulatorResponse.invalidRequest("Invalid 'size': '" + params.size + "' is not one of " + allowed
					+ " for model '" + params.model + "'.", "size");
		}
		int[] dimensions = dimensions(size, params.inputSize);
		if (dimensions == null) {
			return SimulatorResponse.invalidRequest("Invalid 'size': '" + size + "' is not WIDTHxHEIGHT.", "size");
		}
		String responseFormat = gptImage ? "b64_json" : (params.responseFormat != null) ? params.responseFormat : "url";
		if (!responseFormat.equals("url") && !responseFormat.equals("b64_json")) {
			return SimulatorResponse.invalidRequest(
					"Invalid 'response_format': '" + responseFormat + "' is not one of [url, b64_json].",
					"response_format");
		}
		long created = this.simulation.now();
		String sizeName = dimensions[0] + "x" + dimensions[1];
		String quality = "auto".equals(params.quality) || "standard".equals(params.quality)
				|| "hd".equals(params.quality) ? "medium" : params.quality;
		String background = "transparent".equals(params.background) ? "transparent" : "opaque";
		Map<String, @Nullable Object> usage = gptImage ? usage(params, dimensions, quality) : null;
		if (gptImage && params.stream && params.event != null) {
			return new SimulatorResponse.Sse(events(params, dimensions, sizeName, quality, background, created, usage));
		}
		List<Map<String, @Nullable Object>> data = new ArrayList<>();
		for (int i = 0; i < params.n; i++) {
			int rgb = colour(params, i);
			Map<String, @Nullable Object> image = JsonObjects.object();
			if (responseFormat.equals("url")) {
				image.put("url", url(call, dimensions, rgb));
			}
			else {
				image.put("b64_json",
						Base64.getEncoder().encodeToString(Png.shaded(dimensions[0], dimensions[1], rgb)));
			}
			if (dallE3 && params.prompt != null) {
				image.put("revised_prompt", "A simulated image of " + params.prompt.strip());
			}
			data.add(image);
		}
		Map<String, @Nullable Object> answer = JsonObjects.object("created", created, "data", data);
		if (gptImage) {
			answer.put("background", background);
			answer.put("output_format", "png");
			answer.put("size", sizeName);
			answer.put("quality", quality);
			answer.put("usage", usage);
		}
		return SimulatorResponse.ok(answer);
	}

	private Flux<SimulatorResponse.Event> events(Params params, int[] dimensions, String size, String quality,
			String background, long created, @Nullable Map<String, @Nullable Object> usage) {
		String b64 = Base64.getEncoder().encodeToString(Png.shaded(dimensions[0], dimensions[1], colour(params, 0)));
		List<Map<String, @Nullable Object>> events = new ArrayList<>();
		int partials = Math.max(0, Math.min(3, params.partialImages));
		for (int i = 0; i < partials; i++) {
			events.add(JsonObjects.object("type", params.event + ".partial_image", "b64_json", b64, "created_at",
					created, "size", size, "quality", quality, "background", background, "output_format", "png",
					"partial_image_index", i));
		}
		events.add(JsonObjects.object("type", params.event + ".completed", "b64_json", b64, "created_at", created,
				"size", size, "quality", quality, "background", background, "output_format", "png", "usage", usage));
		return Flux.fromIterable(events)
			.map((event) -> new SimulatorResponse.Event((String) event.get("type"),
					OpenAiJson.mapper().writeValueAsString(event)));
	}

	private static Map<String, @Nullable Object> usage(Params params, int[] dimensions, String quality) {
		boolean square = dimensions[0] == dimensions[1];
		int perImage = switch (quality) {
			case "low" -> square ? 272 : 408;
			case "high" -> square ? 4160 : 6240;
			default -> square ? 1056 : 1584;
		};
		long textTokens = AnswerText.countTokens((params.prompt != null) ? params.prompt : "");
		long imageTokens = (params.event != null && params.event.equals("image_edit")) ? 323 : 0;
		long output = (long) perImage * params.n;
		return JsonObjects.object("input_tokens", textTokens + imageTokens, "input_tokens_details",
				JsonObjects.object("text_tokens", textTokens, "image_tokens", imageTokens), "output_tokens", output,
				"output_tokens_details", JsonObjects.object("image_tokens", output, "text_tokens", 0), "total_tokens",
				textTokens + imageTokens + output);
	}

	private static int @Nullable [] dimensions(String size, int @Nullable [] inputSize) {
		if ("auto".equals(size)) {
			return (inputSize != null) ? inputSize : new int[] { 1024, 1024 };
		}
		Matcher matcher = SIZE.matcher(size);
		if (!matcher.matches()) {
			return null;
		}
		int width = Integer.parseInt(matcher.group(1));
		int height = Integer.parseInt(matcher.group(2));
		return (width < 1 || height < 1) ? null : new int[] { width, height };
	}

	private static int colour(Params params, int index) {
		String prompt = (params.prompt != null) ? params.prompt : "";
		Random random = new Random(31L * (prompt.hashCode() * 31L + params.seed) + index);
		return random.nextInt(0x1000000) | 0x404040;
	}

	private static String url(Call call, int[] dimensions, int rgb) {
		String host = call.request().headers().getFirst("Host");
		return "http://" + ((host != null) ? host : "127.0.0.1") + "/v1/images/generated/" + dimensions[0] + "x"
				+ dimensions[1] + "-" + HexFormat.of().toHexDigits(rgb).substring(2) + ".png";
	}

	private static @Nullable String text(RecordedRequest request, String name, @Nullable String fallback) {
		RecordedRequest.RecordedPart part = request.part(name);
		return (part != null) ? part.text() : fallback;
	}

	private static int integer(RecordedRequest request, String name, int fallback) {
		String text = text(request, name, null);
		try {
			return (text != null) ? Integer.parseInt(text.strip()) : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	/**
	 * What an image request asks for.
	 *
	 * @param event the prefix of its stream events, {@code null} for variations
	 * @param inputSize the size of the input image, {@code null} for generations
	 * @param seed what the input image adds to the colour
	 */
	private record Params(@Nullable String event, String model, @Nullable String prompt, int n, @Nullable String size,
			@Nullable String responseFormat, String quality, String background, boolean stream, int partialImages,
			int @Nullable [] inputSize, int seed) {

	}

}

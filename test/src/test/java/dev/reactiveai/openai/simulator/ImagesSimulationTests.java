package dev.reactiveai.openai.simulator;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.CreateImageRequest;
import dev.reactiveai.openai.types.ImageGenCompletedEvent;
import dev.reactiveai.openai.types.ImageGenPartialImageEvent;
import dev.reactiveai.openai.types.ImageGenStreamEvent;
import dev.reactiveai.openai.types.ImagesResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

class ImagesSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void generationIsAPngOfTheRequestedSize() throws IOException {
		ImagesResponse response = generate(CreateImageRequest.builder()
			.model("gpt-image-1")
			.prompt("A red fox in the snow")
			.size("1536x1024")
			.build());
		BufferedImage image = decode(response.data().get(0).b64Json());
		assertThat(image.getWidth()).isEqualTo(1536);
		assertThat(image.getHeight()).isEqualTo(1024);
		assertThat(response.usage().outputTokens()).isPositive();
		assertThat(response.outputFormat().value()).isEqualTo("png");
	}

	@Test
	void samePromptGivesTheSameImage() {
		CreateImageRequest request = CreateImageRequest.builder()
			.model("gpt-image-1")
			.prompt("A lighthouse")
			.size("1024x1024")
			.build();
		assertThat(generate(request).data().get(0).b64Json()).isEqualTo(generate(request).data().get(0).b64Json());
	}

	@Test
	void dallEAnswersAUrlThatServesThePng() throws IOException {
		ImagesResponse response = generate(
				CreateImageRequest.builder().model("dall-e-2").prompt("A cat").size("256x256").n(2L).build());
		assertThat(response.data()).hasSize(2);
		String url = response.data().get(0).url();
		assertThat(url).startsWith(simulator.simulator().baseUrl() + "/images/");
		byte[] png = WebClient.create()
			.get()
			.uri(url)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + OpenAiSimulatorExtension.API_KEY)
			.retrieve()
			.bodyToMono(byte[].class)
			.block(TIMEOUT);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(256);
		assertThat(image.getHeight()).isEqualTo(256);
	}

	@Test
	void sizeTheModelDoesNotSupportIsRefused() {
		StepVerifier
			.create(simulator.client()
				.images()
				.generate(CreateImageRequest.builder().model("dall-e-3").prompt("A cat").size("256x256").build()))
			.expectErrorSatisfies((ex) -> assertThat(ex).hasMessageContaining("size"))
			.verify(TIMEOUT);
	}

	@Test
	void editOfAutoSizeKeepsTheInputImageSize() throws IOException {
		// Sent directly: the client's CreateImageEditRequest.Image union is written as
		// JSON
		// text rather than as a file part.
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("image", new ByteArrayResource(Png.shaded(320, 200, 0x336699)))
			.filename("input.png")
			.contentType(MediaType.IMAGE_PNG);
		form.part("prompt", "Add a moon");
		form.part("model", "gpt-image-1");
		form.part("size", "auto");
		ImagesResponse response = WebClient.create(simulator.simulator().baseUrl())
			.post()
			.uri("/images/edits")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + OpenAiSimulatorExtension.API_KEY)
			.body(BodyInserters.fromMultipartData(form.build()))
			.retrieve()
			.bodyToMono(ImagesResponse.class)
			.block(TIMEOUT);
		BufferedImage image = decode(response.data().get(0).b64Json());
		assertThat(image.getWidth()).isEqualTo(320);
		assertThat(image.getHeight()).isEqualTo(200);
		assertThat(response.usage().inputTokensDetails().imageTokens()).isPositive();
	}

	@Test
	void streamSendsPartialImagesThenTheFinalOne() {
		List<ImageGenStreamEvent> events = simulator.client()
			.images()
			.generateStream(CreateImageRequest.builder()
				.model("gpt-image-1")
				.prompt("A boat")
				.size("1024x1024")
				.partialImages(2L)
				.build())
			.collectList()
			.block(TIMEOUT);
		assertThat(events).hasSize(3);
		assertThat(events.get(0)).isInstanceOf(ImageGenPartialImageEvent.class);
		assertThat(events.get(2)).isInstanceOf(ImageGenCompletedEvent.class);
	}

	private static ImagesResponse generate(CreateImageRequest request) {
		return simulator.client().images().generate(request).block(TIMEOUT);
	}

	private static BufferedImage decode(String b64) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(b64)));
	}

}

package dev.reactiveai.openai.benchmarks.probes;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.reactiveai.openai.benchmarks.harness.ForkedJvm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * A minimal Spring Boot WebFlux application, started once in a JVM of its own: what it
 * auto-configures depends only on its class path, which the harness chooses (plain
 * WebFlux, plus this project's starter, or plus the official SDK, which has no
 * auto-configuration and so gets a client bean from {@link SdkClientBean}). It reports
 * the time the context's refresh took, the time from the JVM's start until the
 * application was ready, and the classes loaded by then.
 * <p>
 * No component scanning: only auto-configuration runs. Argument: {@code plain},
 * {@code starter} or {@code sdk}.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class StartupProbe {

	public static void main(String[] args) {
		String variant = args[0];
		AtomicLong refreshStart = new AtomicLong();
		AtomicLong refreshEnd = new AtomicLong();
		AtomicLong readyUptime = new AtomicLong();
		SpringApplication application = new SpringApplication(StartupProbe.class);
		application.setWebApplicationType(WebApplicationType.REACTIVE);
		application.setDefaultProperties(Map.of("server.port", "0", "server.address", "127.0.0.1",
				"spring.main.banner-mode", "off", "logging.level.root", "warn", "openai.api-key", "sk-benchmark"));
		application.addListeners(
				(ApplicationListener<ApplicationPreparedEvent>) (event) -> refreshStart.set(System.nanoTime()));
		application.addListeners(
				(ApplicationListener<ContextRefreshedEvent>) (event) -> refreshEnd.compareAndSet(0, System.nanoTime()));
		application.addListeners((ApplicationListener<ApplicationReadyEvent>) (event) -> readyUptime
			.set(ManagementFactory.getRuntimeMXBean().getUptime()));
		if (variant.equals("sdk")) {
			application.addInitializers(new SdkClientBean());
		}
		try (ConfigurableApplicationContext context = application.run()) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("refreshMillis", (refreshEnd.get() - refreshStart.get()) / 1e6);
			result.put("readyMillis", readyUptime.get());
			result.put("classes", ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
			result.put("beans", context.getBeanDefinitionCount());
			System.out.println(ForkedJvm.resultLine(result));
			System.out.flush();
		}
		System.exit(0);
	}

}

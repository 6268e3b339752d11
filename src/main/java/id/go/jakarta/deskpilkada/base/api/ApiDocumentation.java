package id.go.jakarta.deskpilkada.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (springdoc, limited to {@code /api/**} so the
 * Vaadin routes stay out of it): every operation needs an integration client's bearer token, and
 * every error is problem+json, so both are said once here rather than on each operation.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI deskApi() {
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem; title and detail in the caller's language")
                .addProperty("type", new StringSchema().example("urn:desk-pilkada:problem:issue.kelurahan.unknown"))
                .addProperty("title", new StringSchema().example("Permintaan tidak sah"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty(
                        "detail", new StringSchema().example("Kelurahan 31.71.99.9999 tidak ada dalam data wilayah."))
                .addProperty("instance", new StringSchema().example("/api/v1/issues"));
        return new OpenAPI()
                .info(new Info()
                        .title("Desk Pilkada API")
                        .version("v1")
                        .description("For integration clients (field apps, the hotline desk, monitoring scripts)."
                                + " Authenticate with `Authorization: Bearer dpk_api_...` (a token an ADMIN issues"
                                + " under Integrasi). Errors are `application/problem+json` with `title` and `detail`"
                                + " in Indonesian, or English with `Accept-Language: en`. JSON bodies are limited"
                                + " to 64 KiB, attachments to 10 MB."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("dpk_api_ token")
                                        .description(
                                                "An integration client's token; revoked tokens are refused at once."))
                        .addSchemas(PROBLEM, problem))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Every 4xx and 5xx answer is a problem; every operation may answer 401 for a missing or revoked token. */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths()
                    .values()
                    .forEach(path -> path.readOperations().forEach(operation -> {
                        if (operation.getResponses() == null) {
                            return;
                        }
                        operation
                                .getResponses()
                                .computeIfAbsent(
                                        "401",
                                        code -> new ApiResponse()
                                                .description("no token, or one that is unknown or revoked"));
                        operation.getResponses().forEach((code, response) -> {
                            if (code.startsWith("4") || code.startsWith("5")) {
                                response.setContent(new Content()
                                        .addMediaType(
                                                "application/problem+json",
                                                new MediaType()
                                                        .schema(new Schema<>()
                                                                .$ref("#/components/schemas/" + PROBLEM))));
                            }
                        });
                    }));
        };
    }
}

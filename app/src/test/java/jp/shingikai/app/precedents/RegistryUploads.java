package jp.shingikai.app.precedents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Uploads one file to the registry import API, as a person with a demo account. */
public final class RegistryUploads {

    private RegistryUploads() {
    }

    public static JsonNode upload(TestRestTemplate http, String user, String fileName, byte[] content) {
        ResponseEntity<JsonNode> response = multipart(http, user, "/api/registry/imports", "files", fileName, content);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** One file posted as a multipart form field, as a browser or a client sends an upload. */
    public static ResponseEntity<JsonNode> multipart(TestRestTemplate http, String user, String path, String field,
            String fileName, byte[] content) {
        HttpHeaders part = new HttpHeaders();
        part.setContentDispositionFormData(field, fileName);
        part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add(field, new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, part));
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo-" + user);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }
}

package jp.shingikai.app.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.registry.internal.RegistryRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** What other features read of a municipality's registers: an entry's latest fields, by name or 登録番号. */
@Component
@RequiredArgsConstructor
public class RegistryLookup {

    private final RegistryRepository registry;

    /** The operations of the 登録簿 a case names, by 登録番号 or by the operation's name, with their ファイル簿 successors. */
    public List<Registered> operations(String municipality, List<String> registrationNumbers, String operationName) {
        List<Registered> found = new ArrayList<>();
        for (RegistryRepository.Latest latest : registry.latestFields(municipality, Register.OPERATION.name())) {
            if (registrationNumbers.contains(latest.fields().path("registrationNumber").asText("-"))
                    || latest.entry().operationName().equals(operationName)) {
                found.add(new Registered(latest.entry().id(), latest.entry().operationName(), latest.fields(),
                        registry.successors(latest.entry().id()).stream().map(RegistryRepository.Entry::operationName).toList()));
            }
        }
        return found;
    }

    /** A file of the ファイル簿 in force, by its name. */
    public Optional<Registered> file(String municipality, String name) {
        return registry.entry(municipality, Register.FILE.name(), name)
                .filter(entry -> entry.status().equals(RegistryImportService.ACTIVE))
                .flatMap(entry -> registry.latestFields(entry).map(fields -> new Registered(entry.id(), name, fields, List.of())));
    }

    /**
     * An entry in force.
     *
     * @param successors for an operation, the names of the ファイル簿 files linked as its successors (none for a file)
     */
    public record Registered(long id, String name, JsonNode fields, List<String> successors) {
    }
}

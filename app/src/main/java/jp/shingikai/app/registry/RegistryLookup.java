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

    /** The latest fields of the entries in force in this register, each with its name under {@code name}. */
    public List<Registered> inForce(String municipality, Register register) {
        return registry.latestFields(municipality, register.name()).stream()
                .map(latest -> new Registered(latest.entry().id(), latest.entry().operationName(), latest.fields(),
                        registry.successors(latest.entry().id()).stream().map(RegistryRepository.Entry::operationName).toList()))
                .toList();
    }

    /** The operations of the 登録簿 a case names, by 登録番号 or by the operation's name. */
    public List<Registered> operations(String municipality, List<String> registrationNumbers, String operationName) {
        List<Registered> found = new ArrayList<>();
        for (Registered entry : inForce(municipality, Register.OPERATION)) {
            if (registrationNumbers.contains(entry.fields().path("registrationNumber").asText("-"))
                    || entry.name().equals(operationName)) {
                found.add(entry);
            }
        }
        return found;
    }

    /** A file of the ファイル簿 by its name. */
    public Optional<Registered> file(String municipality, String name) {
        return inForce(municipality, Register.FILE).stream().filter(entry -> entry.name().equals(name)).findFirst();
    }

    /**
     * An entry in force.
     *
     * @param successors for an operation, the names of the ファイル簿 files linked as its successors
     */
    public record Registered(long id, String name, JsonNode fields, List<String> successors) {
    }
}

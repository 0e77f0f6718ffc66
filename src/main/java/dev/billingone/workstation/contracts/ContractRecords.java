package dev.billingone.workstation.contracts;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.InvalidInputException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** Reads shared by the contract service and renewals, and the before/after shape their audit rows carry. */
final class ContractRecords {
    static final String AUDIT_TYPE = "contract";

    private ContractRecords() {
    }

    static Contract require(Session session, long id) {
        Contract contract = session.find(Contract.class, id);
        if (contract == null) {
            throw new InvalidInputException("Contract " + id + " does not exist: reload the contracts list.");
        }
        return contract;
    }

    static List<ContractLine> lines(Session session, long contractId) {
        return session.createSelectionQuery("from ContractLine where contractId = :id order by id", ContractLine.class)
                .setParameter("id", contractId)
                .getResultList();
    }

    static Map<Long, List<ContractLine>> linesByContract(Session session, Collection<Long> contractIds) {
        if (contractIds.isEmpty()) {
            return Map.of();
        }
        return session.createSelectionQuery("from ContractLine where contractId in (:ids) order by id", ContractLine.class)
                .setParameterList("ids", contractIds)
                .getResultList().stream()
                .collect(Collectors.groupingBy(ContractLine::getContractId, LinkedHashMap::new, Collectors.toList()));
    }

    static Map<Long, Product> products(Session session) {
        return session.createSelectionQuery("from Product", Product.class).getResultList().stream()
                .collect(Collectors.toMap(Product::getId, Function.identity()));
    }

    static Map<Long, Client> clients(Session session) {
        return session.createSelectionQuery("from Client", Client.class).getResultList().stream()
                .collect(Collectors.toMap(Client::getId, Function.identity()));
    }

    /** The whole contract as one audit value, so history shows every field and line before and after. */
    record Snapshot(ContractStatus status, ContractInput contract) {
    }

    static Snapshot snapshot(Contract contract, List<ContractLine> lines) {
        return new Snapshot(contract.getStatus(), ContractInput.of(contract, lines));
    }
}

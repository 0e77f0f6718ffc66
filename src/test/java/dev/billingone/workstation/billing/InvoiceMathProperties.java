package dev.billingone.workstation.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.core.LineAmountTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Our totals equal what Xero computes, over random lines: Xero rounds each line amount
 * (qty × unit × (100 − discount)/100) and each line's tax to the cent, half away from zero, and sums the rounded
 * values. The reference below does that with exact fractions (numerator/denominator), independently of
 * {@link InvoiceMath}'s BigDecimal division.
 */
class InvoiceMathProperties {
    private static final Currency AUD = Currency.getInstance("AUD");
    private static final List<String> TAX_TYPES = List.of("OUTPUT", "OUTPUT2", "OUTPUTY24", "EXEMPTOUTPUT", "NONE");

    record Line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount, String taxType) {
    }

    @Provide
    Arbitrary<Line> lines() {
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("5000")).ofScale(4);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("99999")).ofScale(4);
        Arbitrary<BigDecimal> discount = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2));
        return Combinators.combine(quantity, price, discount, Arbitraries.of(TAX_TYPES)).as(Line::new);
    }

    @Property(tries = 400)
    void lineAmountsAndTaxEqualXerosRoundingOfExactValues(@ForAll @Size(min = 1, max = 30) List<@From("lines") Line> lines,
                                                          @ForAll LineAmountTypes types) {
        BigDecimal amounts = BigDecimal.ZERO;
        BigDecimal taxes = BigDecimal.ZERO;
        BigDecimal referenceAmounts = BigDecimal.ZERO;
        BigDecimal referenceTaxes = BigDecimal.ZERO;
        for (Line line : lines) {
            BigDecimal amount = InvoiceMath.lineAmount(line.quantity(), line.unitPrice(), line.discount(), AUD);
            BigDecimal tax = InvoiceMath.lineTax(amount, line.taxType(), types, AUD);
            // exact: q × p × (100 − d) / 100
            BigDecimal exact = line.quantity().multiply(line.unitPrice()).multiply(new BigDecimal("100").subtract(line.discount()));
            BigDecimal referenceAmount = roundFraction(exact, new BigDecimal("100"));
            assertThat(amount).isEqualByComparingTo(referenceAmount);
            BigDecimal rate = TaxRates.percent(line.taxType());
            BigDecimal referenceTax = switch (types) {
                case NoTax -> BigDecimal.ZERO;
                case Exclusive -> roundFraction(referenceAmount.multiply(rate), new BigDecimal("100"));
                case Inclusive -> roundFraction(referenceAmount.multiply(rate), new BigDecimal("100").add(rate));
            };
            assertThat(tax).isEqualByComparingTo(referenceTax);
            amounts = amounts.add(amount);
            taxes = taxes.add(tax);
            referenceAmounts = referenceAmounts.add(referenceAmount);
            referenceTaxes = referenceTaxes.add(referenceTax);
        }
        InvoiceMath.Totals totals = InvoiceMath.totals(amounts, taxes, types);
        assertThat(totals.subtotal().add(totals.tax())).isEqualByComparingTo(totals.total());
        assertThat(totals.tax()).isEqualByComparingTo(referenceTaxes);
        assertThat(totals.total()).isEqualByComparingTo(types == LineAmountTypes.Inclusive
                ? referenceAmounts : referenceAmounts.add(referenceTaxes));
    }

    /** Half away from zero of numerator/denominator to 2 decimals, using integer arithmetic only. */
    private static BigDecimal roundFraction(BigDecimal numerator, BigDecimal denominator) {
        int scale = Math.max(numerator.scale(), denominator.scale());
        BigInteger n = numerator.setScale(scale).unscaledValue().multiply(BigInteger.valueOf(100));
        BigInteger d = denominator.setScale(scale).unscaledValue();
        BigInteger[] qr = n.abs().divideAndRemainder(d);
        BigInteger q = qr[0];
        if (qr[1].shiftLeft(1).compareTo(d) >= 0) {
            q = q.add(BigInteger.ONE);
        }
        return new BigDecimal(n.signum() < 0 ? q.negate() : q, 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    @Provide
    Arbitrary<NewInvoiceLine> invoiceLines() {
        Arbitrary<Integer> key = Arbitraries.integers().between(1, 6);
        Arbitrary<BigDecimal> quantity = Arbitraries.integers().between(1, 40).map(BigDecimal::valueOf);
        Arbitrary<BigDecimal> price = Arbitraries.of(new BigDecimal("10.00"), new BigDecimal("12.50"), new BigDecimal("30.00"));
        Arbitrary<BigDecimal> discount = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("10"));
        return Combinators.combine(key, quantity, price, discount).as((k, q, p, d) -> new NewInvoiceLine(null, "SKU" + k,
                "Service " + k, q, p, d, "OUTPUT", "200", null, null, LineSource.CONTRACT, "contract-line:" + k));
    }

    /** Whatever was billed and whatever is proposed now, billed + adjustment bills exactly the proposal, per line. */
    @Property(tries = 300)
    void billedPlusAdjustmentEqualsTheProposal(@ForAll @Size(max = 8) List<@From("invoiceLines") NewInvoiceLine> billed,
                                               @ForAll @Size(max = 8) List<@From("invoiceLines") NewInvoiceLine> proposedWithDuplicates) {
        List<NewInvoiceLine> proposed = new ArrayList<>();
        proposedWithDuplicates.stream().filter(l -> proposed.stream().noneMatch(p -> p.sourceRef().equals(l.sourceRef())))
                .forEach(proposed::add);
        List<GeneratedInvoiceLine> stored = billed.stream().map(l -> {
            GeneratedInvoiceLine line = new GeneratedInvoiceLine();
            GeneratedLines.copy(l, line);
            return line;
        }).toList();

        List<NewInvoiceLine> delta = GeneratedLines.delta(stored, proposed);

        for (int k = 1; k <= 6; k++) {
            String ref = "contract-line:" + k;
            BigDecimal was = exactAmount(billed, ref);
            BigDecimal adjustment = exactAmount(delta, ref);
            assertThat(was.add(adjustment)).as("line %s", ref).isEqualByComparingTo(exactAmount(proposed, ref));
        }
    }

    private static BigDecimal exactAmount(List<NewInvoiceLine> lines, String ref) {
        return lines.stream().filter(l -> l.sourceRef().equals(ref))
                .map(l -> l.quantity().multiply(l.unitPrice()).multiply(new BigDecimal("100").subtract(l.discountPct())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package org.povertyexit.monitor.streaming;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.povertyexit.monitor.dataset.Health;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.HousingGrade;
import org.povertyexit.monitor.dataset.Labour;
import org.povertyexit.monitor.dataset.MainCause;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.PovertyAttribute;
import org.povertyexit.monitor.dataset.RegistrationStatus;
import org.povertyexit.monitor.dataset.Schooling;

/**
 * Households and members in the working files, as the typed values they were checked into: written and
 * read field by field, so that a record is parsed once, from the input, and never again. Decimals keep
 * their scale, and absent values stay absent.
 */
final class RecordCodec {

    private static final byte HOUSEHOLD = 'H';
    private static final byte MEMBER = 'M';
    private static final byte ABSENT = 0;
    private static final byte SMALL = 1;
    private static final byte LARGE = 2;

    private RecordCodec() {
    }

    static void write(DataOutput out, Household h) throws IOException {
        out.writeByte(HOUSEHOLD);
        text(out, h.id());
        text(out, h.villageCode());
        choice(out, h.status());
        choice(out, h.povertyAttribute());
        choice(out, h.mainCause());
        decimal(out, h.wageIncome());
        decimal(out, h.businessIncome());
        decimal(out, h.propertyIncome());
        decimal(out, h.transferIncome());
        decimal(out, h.businessExpense());
        decimal(out, h.reportedPerCapitaNetIncome());
        out.writeBoolean(h.foodSecure());
        out.writeBoolean(h.clothingSecure());
        choice(out, h.housingGrade());
        out.writeBoolean(h.relocated());
        out.writeBoolean(h.relocationKeysReceived());
        decimal(out, h.waterLitersPerDay());
        out.writeBoolean(h.waterPiped());
        decimal(out, h.waterRoundTripMinutes());
        out.writeInt(h.waterOutageDays());
        out.writeBoolean(h.waterQualityOk());
        decimal(out, h.medicalCostTotal());
        decimal(out, h.medicalSelfPaid());
        decimal(out, h.industrySubsidy());
    }

    static void write(DataOutput out, Member m) throws IOException {
        out.writeByte(MEMBER);
        text(out, m.id());
        text(out, m.householdId());
        text(out, m.name());
        text(out, m.idNumber());
        text(out, m.relation());
        out.writeLong(m.birthDate() == null ? Long.MIN_VALUE : m.birthDate().toEpochDay());
        choice(out, m.schooling());
        out.writeBoolean(m.schoolExemptHealth());
        choice(out, m.health());
        choice(out, m.labour());
        out.writeBoolean(m.basicMedicalInsurance());
        out.writeBoolean(m.seriousIllnessInsurance());
    }

    /** The next record, a {@link Household} (without its members) or a {@link Member}; null at the end. */
    static Object read(DataInput in) throws IOException {
        byte tag;
        try {
            tag = in.readByte();
        } catch (EOFException end) {
            return null;
        }
        if (tag == HOUSEHOLD) {
            return new Household(text(in), text(in), choice(in, RegistrationStatus.values()),
                    choice(in, PovertyAttribute.values()), choice(in, MainCause.values()), decimal(in), decimal(in),
                    decimal(in), decimal(in), decimal(in), decimal(in), in.readBoolean(), in.readBoolean(),
                    choice(in, HousingGrade.values()), in.readBoolean(), in.readBoolean(), decimal(in),
                    in.readBoolean(), decimal(in), in.readInt(), in.readBoolean(), decimal(in), decimal(in),
                    decimal(in), null);
        }
        if (tag == MEMBER) {
            String id = text(in);
            String householdId = text(in);
            String name = text(in);
            String idNumber = text(in);
            String relation = text(in);
            long day = in.readLong();
            return new Member(id, householdId, name, idNumber, relation,
                    day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day), choice(in, Schooling.values()),
                    in.readBoolean(), choice(in, Health.values()), choice(in, Labour.values()), in.readBoolean(),
                    in.readBoolean());
        }
        throw new IOException("damaged working file: record tag " + tag);
    }

    private static void text(DataOutput out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void choice(DataOutput out, Enum<?> value) throws IOException {
        out.writeShort(value == null ? -1 : value.ordinal());
    }

    private static <E extends Enum<E>> E choice(DataInput in, E[] values) throws IOException {
        short ordinal = in.readShort();
        return ordinal < 0 ? null : values[ordinal];
    }

    private static void decimal(DataOutput out, BigDecimal value) throws IOException {
        if (value == null) {
            out.writeByte(ABSENT);
        } else if (value.unscaledValue().bitLength() < 64) {
            out.writeByte(SMALL);
            out.writeInt(value.scale());
            out.writeLong(value.unscaledValue().longValue());
        } else {
            byte[] unscaled = value.unscaledValue().toByteArray();
            out.writeByte(LARGE);
            out.writeInt(value.scale());
            out.writeInt(unscaled.length);
            out.write(unscaled);
        }
    }

    private static BigDecimal decimal(DataInput in) throws IOException {
        byte form = in.readByte();
        if (form == ABSENT) {
            return null;
        }
        int scale = in.readInt();
        if (form == SMALL) {
            return BigDecimal.valueOf(in.readLong(), scale);
        }
        byte[] unscaled = new byte[in.readInt()];
        in.readFully(unscaled);
        return new BigDecimal(new BigInteger(unscaled), scale);
    }
}

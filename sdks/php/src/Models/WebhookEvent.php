<?php
// Code generated from spec/openapi.yaml by packages/codegen. DO NOT EDIT.

declare(strict_types=1);

namespace Einvoice\Models;

/**
 * Any webhook payload, told apart by `type`. Unknown types decode to the fallback variant with the
 * raw payload.
 *
 * Discriminated by type. Open: an unknown type keeps the raw payload and every asX() returns null.
 */
final class WebhookEvent implements \JsonSerializable
{
    public const IRN_GENERATED = 'irn.generated';
    public const IRN_FAILED = 'irn.failed';
    public const IRN_CANCELLED = 'irn.cancelled';
    public const NOTE_GENERATED = 'note.generated';
    public const EWB_GENERATED = 'ewb.generated';
    public const EWB_VEHICLE_UPDATED = 'ewb.vehicle_updated';
    public const EWB_EXTENDED = 'ewb.extended';
    public const EWB_CANCELLED = 'ewb.cancelled';
    public const BULK_COMPLETED = 'bulk.completed';
    public const WEBHOOK_ENDPOINT_DISABLED = 'webhook_endpoint.disabled';

    /** The type (a constant above, or a value this SDK version does not know); null when absent. */
    public readonly ?string $type;

    /** @param array<string, mixed> $raw */
    public function __construct(public readonly array $raw)
    {
        $t = $raw['type'] ?? null;
        $this->type = is_string($t) ? $t : null;
    }

    /** @param array<string, mixed> $data */
    public static function fromArray(array $data): self
    {
        return new self($data);
    }

    /** Decodes a raw (verified) webhook body. */
    public static function parse(string $body): self
    {
        return new self((array) json_decode($body, true, 512, JSON_THROW_ON_ERROR));
    }

    public function isKnown(): bool
    {
        return in_array($this->type, ['irn.generated', 'irn.failed', 'irn.cancelled', 'note.generated', 'ewb.generated', 'ewb.vehicle_updated', 'ewb.extended', 'ewb.cancelled', 'bulk.completed', 'webhook_endpoint.disabled'], true);
    }

    /** The typed event for a known type, null for one this SDK version does not know (read $raw then). */
    public function event(): IrnGeneratedEvent|IrnFailedEvent|IrnCancelledEvent|NoteGeneratedEvent|EwbGeneratedEvent|EwbVehicleUpdatedEvent|EwbExtendedEvent|EwbCancelledEvent|BulkCompletedEvent|WebhookEndpointDisabledEvent|null
    {
        return match ($this->type) {
            'irn.generated' => IrnGeneratedEvent::fromArray($this->raw),
            'irn.failed' => IrnFailedEvent::fromArray($this->raw),
            'irn.cancelled' => IrnCancelledEvent::fromArray($this->raw),
            'note.generated' => NoteGeneratedEvent::fromArray($this->raw),
            'ewb.generated' => EwbGeneratedEvent::fromArray($this->raw),
            'ewb.vehicle_updated' => EwbVehicleUpdatedEvent::fromArray($this->raw),
            'ewb.extended' => EwbExtendedEvent::fromArray($this->raw),
            'ewb.cancelled' => EwbCancelledEvent::fromArray($this->raw),
            'bulk.completed' => BulkCompletedEvent::fromArray($this->raw),
            'webhook_endpoint.disabled' => WebhookEndpointDisabledEvent::fromArray($this->raw),
            default => null,
        };
    }

    public function asIrnGenerated(): ?IrnGeneratedEvent
    {
        return $this->type === 'irn.generated' ? IrnGeneratedEvent::fromArray($this->raw) : null;
    }

    public function asIrnFailed(): ?IrnFailedEvent
    {
        return $this->type === 'irn.failed' ? IrnFailedEvent::fromArray($this->raw) : null;
    }

    public function asIrnCancelled(): ?IrnCancelledEvent
    {
        return $this->type === 'irn.cancelled' ? IrnCancelledEvent::fromArray($this->raw) : null;
    }

    public function asNoteGenerated(): ?NoteGeneratedEvent
    {
        return $this->type === 'note.generated' ? NoteGeneratedEvent::fromArray($this->raw) : null;
    }

    public function asEwbGenerated(): ?EwbGeneratedEvent
    {
        return $this->type === 'ewb.generated' ? EwbGeneratedEvent::fromArray($this->raw) : null;
    }

    public function asEwbVehicleUpdated(): ?EwbVehicleUpdatedEvent
    {
        return $this->type === 'ewb.vehicle_updated' ? EwbVehicleUpdatedEvent::fromArray($this->raw) : null;
    }

    public function asEwbExtended(): ?EwbExtendedEvent
    {
        return $this->type === 'ewb.extended' ? EwbExtendedEvent::fromArray($this->raw) : null;
    }

    public function asEwbCancelled(): ?EwbCancelledEvent
    {
        return $this->type === 'ewb.cancelled' ? EwbCancelledEvent::fromArray($this->raw) : null;
    }

    public function asBulkCompleted(): ?BulkCompletedEvent
    {
        return $this->type === 'bulk.completed' ? BulkCompletedEvent::fromArray($this->raw) : null;
    }

    public function asWebhookEndpointDisabled(): ?WebhookEndpointDisabledEvent
    {
        return $this->type === 'webhook_endpoint.disabled' ? WebhookEndpointDisabledEvent::fromArray($this->raw) : null;
    }

    public function jsonSerialize(): mixed
    {
        return $this->raw;
    }
}

namespace Colloquy { }

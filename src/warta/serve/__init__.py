"""warta.serve"""
